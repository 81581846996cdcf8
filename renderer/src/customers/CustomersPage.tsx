import { useTranslation } from 'react-i18next';

export function CustomersPage() {
  const { t } = useTranslation();
  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>{t('customers.title')}</h1>
        <p>{t('customers.subtitle')}</p>
      </header>
    </div>
  );
}
