/** The backups folder as Settings shows it, and a restore's answer: zod first, types inferred. */
import { z } from 'zod';

export const BACKUP_KINDS = ['daily', 'beforeRestore'] as const;

export const backupEntrySchema = z.object({
  /** The file name in the backups folder; a restore names its backup by this, never by path. */
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  takenAt: z.number().int(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupListSchema = z.object({ folder: z.string(), backups: z.array(backupEntrySchema) });

export const backupRestoreInputSchema = z.object({ name: z.string().min(1).max(100) }).strict();

export const backupRestoreSchema = z.object({
  orders: z.number().int(),
  customers: z.number().int(),
  phrases: z.number().int(),
  /** The shell restarts the app to swap the backup in; false where it cannot (the web host). */
  relaunching: z.boolean(),
});
