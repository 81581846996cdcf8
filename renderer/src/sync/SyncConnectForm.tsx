/**
 * 连接服务器: the shop's server address and the agent's token (from the supervisor's
 * `kefu-server create-agent`). The host checks both with the server before anything changes.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useContractForm } from '../ui/use-contract-form';
import { notifySyncChanged } from './use-sync-status';
import { ServerTokenFields } from './ServerTokenFields';

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
      <ServerTokenFields
        idPrefix="sync"
        serverUrl={serverUrl}
        token={token}
        onServerUrl={setServerUrl}
        onToken={setToken}
        errorOf={errorOf}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('sync.connecting') : t('sync.connect')}
        </button>
      </div>
    </form>
  );
}
