/**
 * What a loaded view shows until it has something to show: the error, 加载中, or for a list that
 * came back empty its empty state (a line and a hint).
 */
import { useTranslation } from 'react-i18next';
import type { ApiLoad } from '../api/use-api-load';
import { ErrorBanner } from './ErrorBanner';

export function LoadStatus({
  state,
  empty,
}: {
  state: ApiLoad<unknown>;
  /** A list's empty state, when it is empty. */
  empty?: { text: string; hint: string } | false;
}) {
  const { t } = useTranslation();
  if (state.status === 'failed') return <ErrorBanner error={state.error} />;
  if (state.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (!empty) return null;
  return (
    <div className="empty-state">
      <p>{empty.text}</p>
      <p className="muted">{empty.hint}</p>
    </div>
  );
}
