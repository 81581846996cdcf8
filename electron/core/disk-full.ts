/**
 * SQLite's "database or disk is full" (SQLITE_FULL): the transaction was rolled back and nothing
 * was written, so the agent gets a clear error to act on (free disk space) instead of "internal".
 */
import { AppError } from './app-error';

export function isDiskFull(cause: unknown): boolean {
  return (
    typeof cause === 'object' &&
    cause !== null &&
    'code' in cause &&
    (cause.code === 'SQLITE_FULL' || cause.code === 'SQLITE_IOERR_WRITE')
  );
}

export const diskFullError = () => new AppError('diskFull', 'errors.diskFull');
