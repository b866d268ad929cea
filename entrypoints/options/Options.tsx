import { useEffect, useState } from 'preact/hooks';
import { KIND_LABEL } from '@/components/EntityCounts';
import { ENTITY_KINDS } from '@/components/format';
import { t } from '@/components/i18n';
import { PageHeader } from '@/components/PageHeader';
import { openStore, type Settings } from '@/lib/store';

/** Reader preferences, saved as soon as they change. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void openStore().settings.getAll().then(setSettings);
  }, []);

  const update = async <K extends keyof Settings>(key: K, value: Settings[K]) => {
    await openStore().settings.set(key, value);
    setSettings((current) => current && { ...current, [key]: value });
  };

  return (
    <main class="soi-page soi-options">
      <PageHeader subtitle={t('optionsSubtitle')} />
      {settings && (
        <form onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>{t('optionsHighlightKinds')}</legend>
            {ENTITY_KINDS.map((kind) => (
              <label key={kind} class={`soi-kind-${kind}`}>
                <input
                  type="checkbox"
                  name={`highlight-${kind}`}
                  checked={settings.highlightKinds[kind]}
                  onChange={(event) =>
                    void update('highlightKinds', { ...settings.highlightKinds, [kind]: event.currentTarget.checked })
                  }
                />
                {t(KIND_LABEL[kind])}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('optionsPdf')}</legend>
            <label>
              <input
                type="checkbox"
                name="open-pdfs-in-soi"
                checked={settings.openPdfsInSoi}
                onChange={(event) => void update('openPdfsInSoi', event.currentTarget.checked)}
              />
              {t('optionsOpenPdfsInSoi')}
            </label>
          </fieldset>
          <p class="soi-muted">{t('optionsPrivacy')}</p>
        </form>
      )}
    </main>
  );
}
