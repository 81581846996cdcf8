export type DatabaseOpenErrorCode =
  | 'db.newerSchema'
  | 'db.corrupt'
  | 'db.unreadable'
  | 'db.migrationFailed'
  | 'db.missing'
  | 'db.notKefu'
  /** The desk's own file is damaged; `backup`: the newest daily backup, to restore. */
  | 'db.damaged'
  | 'db.damagedNoBackup'
  /** `path` (the file or its folder) may not be written. */
  | 'db.readOnly'
  /** A 0-byte file: see refuseEmpty in open-database.ts. */
  | 'db.emptyWithBackup'
  | 'db.emptySetAside'
  | 'db.emptyNoBackup';

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
