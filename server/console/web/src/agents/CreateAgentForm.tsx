/**
 * 新建客服 (admins): 工号, name, role → the new token, shown this once with a copy button; the
 * server keeps only its hash, so closing the box means issuing another.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSOLE_PATHS,
  CONSOLE_ROLES,
  createAgentResponseSchema,
  type ConsoleRole,
} from '../../../console-api';
import { ConsoleApiError, postJson } from '../api/console-client';
import { roleKey } from '../shell/ConsoleLayout';
import { ErrorBanner } from '../ui/ErrorBanner';
import type { AgentNotice } from './agent-notice';

export function CreateAgentForm({ onCreated }: { onCreated(notice: AgentNotice): void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<ConsoleRole>('agent');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ConsoleApiError | null>(null);
  const [issued, setIssued] = useState<{ code: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const ids = { code: useId(), name: useId(), role: useId(), token: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await postJson(
        CONSOLE_PATHS.agents,
        { code: code.trim(), name: name.trim(), role },
        createAgentResponseSchema,
      );
      setIssued({ code: answer.code, token: answer.token });
      setCopied(false);
      setCode('');
      setName('');
      onCreated({ key: 'console.agents.created', code: answer.code });
    } catch (caught) {
      setError(
        caught instanceof ConsoleApiError
          ? caught
          : new ConsoleApiError('badAnswer', 'console.error.badAnswer', 0),
      );
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.token);
      setCopied(true);
    } catch {
      // No clipboard permission (plain http on another host): select it for Ctrl+C instead.
      const field = document.getElementById(ids.token) as HTMLInputElement | null;
      field?.select();
    }
  }

  return (
    <section className="card" aria-labelledby="create-agent-title">
      <h2 id="create-agent-title" className="section-title">
        {t('console.agents.create')}
      </h2>
      <form className="filters" onSubmit={submit}>
        <label htmlFor={ids.code}>
          {t('console.agents.code')}
          <input
            id={ids.code}
            className="text-input"
            value={code}
            required
            maxLength={32}
            autoComplete="off"
            onChange={(event) => setCode(event.target.value)}
          />
        </label>
        <label htmlFor={ids.name}>
          {t('console.agents.name')}
          <input
            id={ids.name}
            className="text-input"
            value={name}
            required
            maxLength={64}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label htmlFor={ids.role}>
          {t('console.agents.role')}
          <select
            id={ids.role}
            className="select-input"
            value={role}
            onChange={(event) => setRole(event.target.value as ConsoleRole)}
          >
            {CONSOLE_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(roleKey(option))}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button-primary" disabled={busy || !code.trim() || !name.trim()}>
          {t('console.agents.createSubmit')}
        </button>
      </form>
      {error && <ErrorBanner error={error} />}
      {issued && (
        <div className="token-once banner banner-info" role="status">
          <p>
            <strong>{t('console.agents.tokenOnce', { code: issued.code })}</strong>
          </p>
          <div className="token-row">
            <label htmlFor={ids.token} className="visually-hidden">
              {t('console.agents.tokenLabel', { code: issued.code })}
            </label>
            <input id={ids.token} className="text-input token-value" value={issued.token} readOnly />
            <button type="button" className="button-primary" onClick={copy}>
              {copied ? t('console.agents.copied') : t('console.agents.copy')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setIssued(null)}>
              {t('console.agents.tokenDone')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
