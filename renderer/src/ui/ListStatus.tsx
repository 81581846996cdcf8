/** What a list shows where its rows would be: the error, 加载中, or its empty state (a line and a hint). */
import { useTranslation } from 'react-i18next';
import type { ApiLoad } from '../api/use-api-load';
import { ErrorBanner } from './ErrorBanner';

export function ListStatus({
  state,
  empty,
  emptyText,
  emptyHint,
}: {
  state: ApiLoad<unknown>;
  empty: boolean;
  emptyText: string;
  emptyHint: string;
}) {
  const { t } = useTranslation();
  if (state.status === 'failed') return <ErrorBanner error={state.error} />;
  if (state.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (!empty) return null;
  return (
    <div className="empty-state">
      <p>{emptyText}</p>
      <p className="muted">{emptyHint}</p>
    </div>
  );
}
