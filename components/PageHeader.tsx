import { t } from './i18n';

export function PageHeader({ subtitle }: { subtitle: string }) {
  return (
    <header class="soi-header">
      <img src="/icon/soi.svg" alt="" />
      <div>
        <h1>{t('uiBrand')}</h1>
        <p>{subtitle}</p>
      </div>
    </header>
  );
}
