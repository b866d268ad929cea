import { useEffect, useState } from 'preact/hooks';
import { KindToggles } from '@/components/KindToggles';
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
            <KindToggles kinds={settings.highlightKinds} onChange={(kinds) => void update('highlightKinds', kinds)} />
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
            <p class="soi-muted">{t('optionsOpenPdfsHint')}</p>
          </fieldset>
          <p class="soi-muted">{t('optionsPrivacy')}</p>
        </form>
      )}
    </main>
  );
}
