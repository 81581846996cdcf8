/** 备份与恢复 in Settings: the backups folder, a backup now, and restoring one by name. */
import {
  backupEntrySchema,
  backupListSchema,
  backupRestoreInputSchema,
  backupRestoreSchema,
} from '../../core/backups/backup-schema';
import { method, noInput, type MethodSpec } from '../contract-kit';
import type { BACKUP_METHODS } from './backup-methods';

export const backupContract = {
  'backups.list': method(noInput, backupListSchema),
  'backups.create': method(noInput, backupEntrySchema),
  'backups.restore': method(backupRestoreInputSchema, backupRestoreSchema),
} satisfies Record<(typeof BACKUP_METHODS)[number], MethodSpec>;
