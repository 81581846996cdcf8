import { useTranslation } from 'react-i18next';

export function TasksPage() {
  const { t } = useTranslation();
  return (
    <div className="page page-wide">
      <header className="page-header">
        <h1>{t('tasks.title')}</h1>
        <p>{t('tasks.subtitle')}</p>
      </header>
    </div>
  );
}
