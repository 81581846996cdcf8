/**
 * The console: finds this browser's open session (or shows the sign-in page), then the page the
 * hash names inside the signed-in frame. Any answer saying the session is gone (12 h passed,
 * token revoked, signed out in another tab) brings the sign-in page back with a word why.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../console-api';
import { whenSignedOut } from './api/console-client';
import { currentSession, signIn, signOut } from './api/session';
import { AgentsPage } from './agents/AgentsPage';
import { DailyPage } from './daily/DailyPage';
import { EscalationsPage } from './escalations/EscalationsPage';
import { PhrasesPage } from './phrases/PhrasesPage';
import { ConsoleLayout } from './shell/ConsoleLayout';
import { pageOfHash, type PageId } from './shell/console-routes';
import { useHash } from './shell/use-hash';
import { SignInPage } from './signin/SignInPage';
import { TeamPage } from './team/TeamPage';

// Chart.js is loaded with the one page that draws charts, so sign-in and 今日团队 start lighter.
const AnalysisPage = lazy(() =>
  import('./analysis/AnalysisPage').then((module) => ({ default: module.AnalysisPage })),
);

type State =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'signedOut'; notice: 'signedOut' | 'expired' | null }
  | { kind: 'signedIn'; session: SessionResponse };

export function App() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [signingOut, setSigningOut] = useState(false);
  const page = pageOfHash(useHash());

  const boot = useCallback(() => {
    currentSession().then(
      (session) => setState(session ? { kind: 'signedIn', session } : { kind: 'signedOut', notice: null }),
      () => setState({ kind: 'unreachable' }),
    );
  }, []);

  useEffect(() => {
    boot();
    whenSignedOut(() => setState({ kind: 'signedOut', notice: 'expired' }));
    return () => whenSignedOut(null);
  }, [boot]);

  if (state.kind === 'loading') return <p className="boot-message muted">{t('console.loading')}</p>;
  if (state.kind === 'unreachable')
    return (
      <div className="boot-message">
        <p className="banner banner-error" role="alert">
          {t('console.error.network')}
        </p>
        <button type="button" className="button-secondary" onClick={boot}>
          {t('console.retry')}
        </button>
      </div>
    );
  if (state.kind === 'signedOut')
    return (
      <SignInPage
        notice={state.notice}
        onSignIn={async (token) => {
          const { outcome, session } = await signIn(token);
          if (session) setState({ kind: 'signedIn', session });
          return outcome;
        }}
      />
    );

  const { session } = state;
  const doSignOut = () => {
    setSigningOut(true);
    signOut()
      .catch(() => undefined)
      .finally(() => {
        setSigningOut(false);
        setState({ kind: 'signedOut', notice: 'signedOut' });
      });
  };
  return (
    <ConsoleLayout
      page={page}
      shopName={session.shop.name}
      who={session.agent}
      onSignOut={doSignOut}
      signingOut={signingOut}
    >
      <Suspense fallback={<p className="muted">{t('console.loading')}</p>}>
        <CurrentPage page={page} code={session.agent.code} />
      </Suspense>
    </ConsoleLayout>
  );
}

function CurrentPage({ page, code }: { page: PageId; code: string }) {
  switch (page) {
    case 'team':
      return <TeamPage />;
    case 'daily':
      return <DailyPage />;
    case 'analysis':
      return <AnalysisPage />;
    case 'phrases':
      return <PhrasesPage />;
    case 'escalations':
      return <EscalationsPage />;
    case 'agents':
      return <AgentsPage signedInCode={code} />;
  }
}
