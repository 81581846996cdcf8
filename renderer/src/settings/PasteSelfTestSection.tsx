/**
 * 粘贴自检 in Settings: how the sync token is kept, and a button that runs the whole hotkey →
 * panel → paste loop against a small test window. Each check is listed with its mark; the report
 * text copies in one click, for the supervisor.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { tokenProtectionNote } from './token-protection-note';
import './self-test.css';

type Report = MethodOutput<'app.selfTest'>;
type TokenProtection = MethodOutput<'app.tokenProtection'>;

const MARKS = { pass: '✔', fail: '✘', warn: '!', skip: '–' } as const;
const VERDICT_KEYS = {
  passed: 'selfTest.report.passed',
  failed: 'selfTest.report.failed',
  incomplete: 'selfTest.report.incomplete',
} as const;

export function PasteSelfTestSection() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [token, setToken] = useState<TokenProtection | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [running, setRunning] = useState(false);
  const [copied, setCopied] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    void kefu.app.tokenProtection({}).then((result) => current && result.ok && setToken(result.value));
    return () => {
      current = false;
    };
  }, [kefu]);

  const run = async () => {
    setRunning(true);
    setCopied(false);
    const result = await kefu.app.selfTest({});
    setRunning(false);
    setReport(result.ok ? result.value : null);
    setFailure(result.ok ? null : result.error);
  };

  const copy = async () => {
    if (!report) return;
    await navigator.clipboard.writeText(report.text);
    setCopied(true);
  };

  const note = token && tokenProtectionNote(token);
  return (
    <section className="card self-test" aria-labelledby="self-test-title">
      <h2 id="self-test-title">{t('selfTest.title')}</h2>
      {note && (
        <p
          className={`token-note token-note-${note.tone}`}
          role={note.tone === 'warning' ? 'alert' : 'status'}
        >
          {t(note.key)}
        </p>
      )}
      <p className="muted">{t('selfTest.intro')}</p>
      <div className="self-test-actions">
        <button type="button" className="button-primary" disabled={running} onClick={() => void run()}>
          {running ? t('selfTest.running') : t('selfTest.run')}
        </button>
        {report && (
          <button type="button" className="button-secondary" onClick={() => void copy()}>
            {t('selfTest.copy')}
          </button>
        )}
        {copied && (
          <span className="muted" role="status">
            {t('selfTest.copied')}
          </span>
        )}
      </div>
      {failure && <ErrorBanner error={failure} />}
      {report && (
        <>
          <ul className="self-test-checks" aria-label={t('selfTest.title')}>
            {report.checks.map((check, index) => (
              <li key={`${check.id}-${index}`} className={`self-test-check self-test-${check.status}`}>
                <span className="self-test-mark" aria-hidden="true">
                  {MARKS[check.status]}
                </span>
                {t(check.messageKey, check.params)}
              </li>
            ))}
          </ul>
          <p className={`self-test-verdict-${report.verdict}`} role="status">
            {t(VERDICT_KEYS[report.verdict])}
          </p>
        </>
      )}
    </section>
  );
}
