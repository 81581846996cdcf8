/**
 * First run by joining the shop (加入店铺): the server address and the token the supervisor made
 * with `kefu-server create-agent`. The host asks the server who the token is and sets the desk up
 * as that agent (工号, name, role, shop), then binds it and syncs once; a wrong address or token
 * is shown under its field and nothing is written.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useContractForm } from '../ui/use-contract-form';
import { currentLanguage } from '../i18n/i18n';
import type { Settings } from './settings-form-values';
import { ServerTokenFields } from '../sync/ServerTokenFields';

const FIELDS = ['serverUrl', 'token'] as const;

export function JoinShopForm({ onJoined }: { onJoined: (settings: Settings) => void }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `join-${field}`,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const joined = handleResult(
      await kefu.sync.join({
        serverUrl: serverUrl.trim(),
        token: token.trim(),
        // The desk keeps the language this screen is shown in, as the first-run form does.
        language: currentLanguage(),
      }),
    );
    setBusy(false);
    if (joined) onJoined(joined.settings);
  };

  return (
    <form className="join-shop" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate>
      <p className="muted">{t('firstRun.join.intro')}</p>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <ServerTokenFields
        idPrefix="join"
        serverUrl={serverUrl}
        token={token}
        onServerUrl={setServerUrl}
        onToken={setToken}
        errorOf={errorOf}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('firstRun.join.submitting') : t('firstRun.join.submit')}
        </button>
      </div>
    </form>
  );
}
