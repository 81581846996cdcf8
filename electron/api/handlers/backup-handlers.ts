/** Backup methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { BACKUP_METHODS } from '../contracts/backup-methods';
import type { HandlersFor } from '../handler-types';

export function createBackupHandlers(core: CoreServices): HandlersFor<typeof BACKUP_METHODS> {
  return {
    'backups.list': () => core.backups.list(),
    'backups.create': () => core.backups.create(),
    'backups.restore': (input) => core.backups.restore(input),
  };
}
