/**
 * The shop server's address and an agent token, as both Settings → 同步 (connect) and the
 * first-run 加入店铺 ask for them: same labels, hints and input behaviour (no autocomplete, no
 * spell check, the token masked).
 */
import { useTranslation } from 'react-i18next';
import { FormField } from '../ui/FormField';

export function ServerTokenFields(props: {
  /** Prefixes the inputs' ids (two forms may be on one page). */
  idPrefix: string;
  serverUrl: string;
  token: string;
  onServerUrl: (value: string) => void;
  onToken: (value: string) => void;
  errorOf: (field: 'serverUrl' | 'token') => string | undefined;
}) {
  const { t } = useTranslation();
  const { idPrefix, serverUrl, token, onServerUrl, onToken, errorOf } = props;
  return (
    <>
      <FormField
        id={`${idPrefix}-serverUrl`}
        label={t('sync.serverUrl')}
        hint={t('sync.serverUrlHint')}
        error={errorOf('serverUrl')}
      >
        {(control) => (
          <input
            {...control}
            type="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('sync.serverUrlPlaceholder')}
            value={serverUrl}
            onChange={(e) => onServerUrl(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${idPrefix}-token`}
        label={t('sync.token')}
        hint={t('sync.tokenHint')}
        error={errorOf('token')}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => onToken(e.target.value)}
          />
        )}
      </FormField>
    </>
  );
}
