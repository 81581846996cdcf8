/** A refusal or failure, in words: the server's messageKey (console.error.*), with a retry. */
import { useTranslation } from 'react-i18next';
import type { ConsoleApiError } from '../api/console-client';

export function ErrorBanner({ error, onRetry }: { error: ConsoleApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-error error-banner" role="alert">
      <span>{t(error.messageKey, { ...error.details })}</span>
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('console.retry')}
        </button>
      )}
    </div>
  );
}
