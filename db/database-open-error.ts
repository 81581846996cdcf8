export type DatabaseOpenErrorCode =
  'db.newerSchema' | 'db.corrupt' | 'db.unreadable' | 'db.migrationFailed' | 'db.missing' | 'db.notKefu';

/** Why the local database could not be opened; `code` doubles as the i18n message key. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: DatabaseOpenErrorCode,
    readonly details: Record<string, unknown>,
  ) {
    super(`${code}: ${JSON.stringify(details)}`);
    this.name = 'DatabaseOpenError';
  }
}
