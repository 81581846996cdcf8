/** What a sign-in attempt came to, as the sign-in page words it. */
export type SignInOutcome =
  | { kind: 'signedIn' }
  | { kind: 'empty' }
  | { kind: 'notSupervisor' }
  | { kind: 'invalidToken' }
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'failed' };
