/**
 * 主管后台 sign-in: one token field. Paste-friendly (the `token …` line create-agent prints, with
 * its label, spaces and line breaks, is read as the token) and IME-safe (Enter that confirms an
 * IME candidate does not submit). An agent's token gets 仅限主管 and no data; too many failed
 * attempts from this address say when to try again.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../shell/LanguageToggle';
import { BrandMark } from '../shell/BrandMark';
import type { SignInOutcome } from '../api/session-types';
import { tokenFromPaste } from './token-text';

interface Props {
  onSignIn(token: string): Promise<SignInOutcome>;
  /** Why the page shows: signed out on purpose, or the session ran out. */
  notice?: 'signedOut' | 'expired' | null;
}

export function SignInPage({ onSignIn, notice }: Props) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null);
  const composing = useRef(false);
  const fieldId = useId();
  const messageId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (composing.current || busy) return;
    const clean = tokenFromPaste(token);
    if (!clean) {
      setOutcome({ kind: 'empty' });
      return;
    }
    setBusy(true);
    const result = await onSignIn(clean);
    setBusy(false);
    setOutcome(result);
  }

  const message = outcome && outcome.kind !== 'signedIn' ? messageFor(outcome) : null;
  function messageFor(result: Exclude<SignInOutcome, { kind: 'signedIn' }>): string {
    switch (result.kind) {
      case 'empty':
        return t('console.signIn.empty');
      case 'notSupervisor':
        return t('console.signIn.notSupervisor');
      case 'invalidToken':
        return t('console.signIn.invalidToken');
      case 'rateLimited':
        return t('console.signIn.rateLimited', { count: Math.max(1, Math.ceil(result.retryAfterSeconds)) });
      case 'failed':
        return t('console.signIn.failed');
    }
  }

  return (
    <div className="signin-page">
      <div className="signin-language">
        <LanguageToggle />
      </div>
      <main className="signin-card card">
        <div className="signin-brand">
          <BrandMark />
          <div>
            <h1>{t('console.signIn.title')}</h1>
            <p className="muted">{t('console.signIn.subtitle')}</p>
          </div>
        </div>
        {notice && (
          <p className="banner banner-info" role="status">
            {notice === 'expired' ? t('console.signIn.expired') : t('console.signIn.signedOut')}
          </p>
        )}
        <form className="signin-form" onSubmit={submit} noValidate>
          <label htmlFor={fieldId}>{t('console.signIn.tokenLabel')}</label>
          <input
            id={fieldId}
            className="text-input signin-token"
            type="password"
            name="token"
            value={token}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            aria-describedby={message ? messageId : `${fieldId}-hint`}
            aria-invalid={message ? true : undefined}
            onChange={(event) => setToken(event.target.value)}
            onPaste={(event) => {
              // The pasted line becomes the token at once, so the field shows what will be sent.
              event.preventDefault();
              setToken(tokenFromPaste(event.clipboardData.getData('text')));
            }}
            onCompositionStart={() => (composing.current = true)}
            onCompositionEnd={() => (composing.current = false)}
          />
          <p id={`${fieldId}-hint`} className="muted signin-hint">
            {t('console.signIn.tokenHint')}
          </p>
          {message && (
            <p id={messageId} className="banner banner-error" role="alert">
              {message}
            </p>
          )}
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('console.signIn.submitting') : t('console.signIn.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
