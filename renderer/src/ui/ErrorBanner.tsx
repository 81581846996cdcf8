/** A failure the user should read: the host's error, plus any issues that fit no form field. */
import { useTranslation } from 'react-i18next';
import type { ApiError, ValidationIssue } from '../../../electron/api/api-result';
import { translateApiMessage } from '../i18n/api-message';
import './banner.css';

interface ErrorBannerProps {
  error: ApiError;
  issues?: readonly ValidationIssue[];
}

export function ErrorBanner({ error, issues = [] }: ErrorBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-error" role="alert">
      <p>{translateApiMessage(t, error.messageKey, error.details, 'errors.unknown')}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, index) => (
            <li key={index}>
              {translateApiMessage(t, issue.messageKey, issue.params, 'validation.invalid_value')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
