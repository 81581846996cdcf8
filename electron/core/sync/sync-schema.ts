/** The sync status and issue list as the app shows them: zod first, types inferred. */
import { z } from 'zod';
import { MUTATION_OPS } from '../../../common/sync/protocol';
import { SYNC_TABLES, type SyncTable } from '../../../common/sync/sync-tables';

export const SYNC_STATES = ['unconfigured', 'synced', 'pending', 'offline', 'error'] as const;

export const syncErrorSchema = z.object({ code: z.string(), messageKey: z.string() });

export const syncStatusSchema = z.object({
  state: z.enum(SYNC_STATES),
  /** Outbox entries the server has not acknowledged. */
  pending: z.number().int().nonnegative(),
  lastSyncedAt: z.number().int().nullable(),
  /** When a sync last changed rows on this desk; an open list reloads when it moves. */
  rowsChangedAt: z.number().int().nullable(),
  issues: z.number().int().nonnegative(),
  error: syncErrorSchema.nullable(),
  serverUrl: z.string().nullable(),
  shopName: z.string().nullable(),
  agentCode: z.string().nullable(),
  role: z.enum(['agent', 'supervisor', 'admin']).nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
export type SyncState = SyncStatus['state'];

export const syncIssueSchema = z.object({
  mutationId: z.number().int().positive(),
  table: z.enum(SYNC_TABLES as [SyncTable, ...SyncTable[]]),
  op: z.enum(MUTATION_OPS),
  rowId: z.string(),
  errorCode: z.string(),
  messageKey: z.string(),
  rejectedAt: z.number().int(),
  /** A refused value: the local row is kept as it was; fix (clean and resend) or dismiss (discard). */
  setAside: z.boolean(),
  /** The column at fault, where the desk's own check of the mutation finds one. */
  field: z.string().nullable(),
  /** Why that column is refused (common/sync/row-schema.ts FIELD_PROBLEMS, or `invalid`). */
  problem: z.string().nullable(),
});
export type SyncIssue = z.infer<typeof syncIssueSchema>;

export const syncConfigureInputSchema = z
  .object({
    serverUrl: z
      .string()
      .trim()
      .min(1, 'validation.sync.serverUrlRequired')
      .max(500)
      .regex(/^https?:\/\/[^\s/]+/i, 'validation.sync.serverUrl'),
    token: z.string().trim().min(1, 'validation.sync.tokenRequired').max(500),
  })
  .strict();
