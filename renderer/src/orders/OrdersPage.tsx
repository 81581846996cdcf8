import { useTranslation } from 'react-i18next';

export function OrdersPage() {
  const { t } = useTranslation();
  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>{t('orders.title')}</h1>
        <p>{t('orders.subtitle')}</p>
      </header>
    </div>
  );
}
