/** Sign-in, the open session and sign-out, over the console API. */
import {
  CONSOLE_PATHS,
  okResponseSchema,
  sessionResponseSchema,
  type SessionResponse,
} from '../../../console-api';
import { ConsoleApiError, getJson, postJson, setCsrfToken } from './console-client';
import type { SignInOutcome } from './session-types';

/** The open session of this browser, or null when there is none. */
export async function currentSession(): Promise<SessionResponse | null> {
  try {
    const session = await getJson(CONSOLE_PATHS.session, sessionResponseSchema);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ConsoleApiError && error.code === 'notSignedIn') return null;
    throw error;
  }
}

export async function signIn(token: string): Promise<{ outcome: SignInOutcome; session?: SessionResponse }> {
  try {
    const session = await postJson(CONSOLE_PATHS.session, { token }, sessionResponseSchema);
    setCsrfToken(session.csrfToken);
    return { outcome: { kind: 'signedIn' }, session };
  } catch (error) {
    if (!(error instanceof ConsoleApiError)) return { outcome: { kind: 'failed' } };
    switch (error.code) {
      case 'supervisorsOnly':
        return { outcome: { kind: 'notSupervisor' } };
      case 'signInFailed':
      case 'badRequest':
        return { outcome: { kind: 'invalidToken' } };
      case 'rateLimited':
        return { outcome: { kind: 'rateLimited', retryAfterSeconds: error.retryAfterSeconds } };
      default:
        return { outcome: { kind: 'failed' } };
    }
  }
}

/** Ends the session on the server; the page forgets it whatever the answer. */
export async function signOut(): Promise<void> {
  try {
    await postJson(CONSOLE_PATHS.sessionEnd, {}, okResponseSchema);
  } finally {
    setCsrfToken(null);
  }
}
