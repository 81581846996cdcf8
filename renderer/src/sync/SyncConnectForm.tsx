/**
 * 连接服务器: the shop's server address and the agent's token (from the supervisor's
 * `kefu-server create-agent`). The host checks both with the server before anything changes.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import { notifySyncChanged } from './use-sync-status';

const FIELDS = ['serverUrl', 'token'] as const;

export function SyncConnectForm() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `sync-${field}`,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const connected = handleResult(
      await kefu.sync.configure({ serverUrl: serverUrl.trim(), token: token.trim() }),
    );
    setBusy(false);
    if (connected) {
      setToken('');
      notifySyncChanged();
    }
  };

  return (
    <form className="sync-connect" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <FormField
        id="sync-serverUrl"
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
            onChange={(e) => setServerUrl(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="sync-token" label={t('sync.token')} hint={t('sync.tokenHint')} error={errorOf('token')}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('sync.connecting') : t('sync.connect')}
        </button>
      </div>
    </form>
  );
}
