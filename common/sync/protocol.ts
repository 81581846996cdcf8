/**
 * The sync wire protocol (DESIGN.md "Sync protocol"): what the desktop app sends to the central
 * server and what it answers. Both sides parse with these schemas; nothing else is shared.
 *
 * A mutation is `<table>.<op>`:
 * - `put`: the whole row (insert, or replace every client column).
 * - `patch`: the changed columns only; the server merges them field by field, by arrival.
 * - `delete`: a tombstone (`deleted_at`).
 */
import { z } from 'zod';
import { POSITIONS } from '../positions';
import { isSyncTable, type SyncTable } from './sync-tables';

/**
 * Bumped when the wire format changes; the server answers `updateRequired` outside its range.
 * 2: phrases carry `questions`, phrase_usages `source` and `response_ms`, and phrase_questions
 * is synced — a desk of version 1 would send rows without them, each refused on its own, so it
 * is asked to update instead.
 * 3: invoices, escalations, briefings and briefing_reads are synced, with column rules of their
 * own (column-access.ts), and whoami answers the agent's position.
 */
export const SYNC_SCHEMA_VERSION = 3;

export const PUSH_LIMITS = { maxMutations: 100, maxBytes: 256 * 1024 } as const;

/**
 * Stable codes of a mutation the server refused (`MutationResult.error.code`). `invalid` and
 * `tooLarge` are about the values themselves: the desk keeps its row and lets the agent fix or
 * discard it; the others are decisions about the row (scope, status) and are rolled back.
 */
export const REJECTION_CODES = [
  'invalid',
  'tooLarge',
  'unstorable',
  'forbidden',
  'reservedId',
  'notFound',
  'rowDeleted',
  'statusBackward',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
export const VALUE_REJECTIONS: readonly RejectionCode[] = ['invalid', 'tooLarge', 'unstorable'];
/**
 * A pull page: at most `max` rows asked for, and whole versions of at most `maxBytes` of row
 * JSON (a version larger than that on its own comes alone). The byte cap bounds what one answer
 * costs the server and the desk, whatever the rows: a desk parsing and applying 1.5 MB pages
 * stays under 200 MB RSS (bench/sync-initial.ts), where 2 MB and more took it past 250 MB.
 */
export const PULL_PAGE = { default: 500, max: 10_000, maxBytes: 1.5 * 1024 * 1024 } as const;

export const MUTATION_OPS = ['put', 'patch', 'delete'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

export function parseMutationName(name: string): { table: SyncTable; op: MutationOp } | null {
  const [table = '', op = '', ...rest] = name.split('.');
  if (rest.length || !isSyncTable(table) || !(MUTATION_OPS as readonly string[]).includes(op)) return null;
  return { table, op: op as MutationOp };
}

const versions = {
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(40),
};

export const mutationSchema = z.strictObject({
  /** Strictly increasing per client, from 1, without gaps. */
  id: z.number().int().positive().safe(),
  name: z.string().min(3).max(64),
  /** `put`: the row; `patch`: `{ id, fields }`; `delete`: `{ id, deletedAt }`. Checked per name. */
  args: z.record(z.string(), z.unknown()),
  /** The client's clock, for the record only; never used for ordering. */
  createdAt: z.number().int().nonnegative(),
  /**
   * Set by the client when the mutation alone is larger than a push may carry: its args are
   * then only `{ id }` and the server answers it `rejected` (tooLarge), so the id is used up and
   * the mutations after it go on.
   */
  oversizeBytes: z.number().int().positive().optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.strictObject({
  ...versions,
  clientId: z.uuid(),
  mutations: z.array(mutationSchema).min(1).max(PUSH_LIMITS.maxMutations),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** A row as the server holds it: the client columns plus the server's shop and version. */
export const syncRowSchema = z.strictObject({
  table: z.string(),
  id: z.string(),
  version: z.number().int().nonnegative(),
  deletedAt: z.number().int().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type SyncRow = z.infer<typeof syncRowSchema>;

export const mutationResultSchema = z.strictObject({
  id: z.number().int().positive(),
  /** `duplicate`: already applied by an earlier delivery of the same push. */
  outcome: z.enum(['applied', 'rejected', 'duplicate']),
  /** Why a mutation was rejected: a stable code and an English message for logs. */
  error: z.strictObject({ code: z.string(), message: z.string() }).optional(),
  /** For a rejection: the server's row (null when it has none) so the client can roll back. */
  serverRow: syncRowSchema.nullable().optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.strictObject({
  lastMutationId: z.number().int().nonnegative(),
  results: z.array(mutationResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.strictObject({
  ...versions,
  clientId: z.uuid(),
  /** The `cursor` of the previous page; 0 for a first sync. */
  since: z.number().int().nonnegative(),
  limit: z.number().int().positive().max(PULL_PAGE.max).default(PULL_PAGE.default),
});
export type PullRequest = z.input<typeof pullRequestSchema>;

export const pullResponseSchema = z.strictObject({
  rows: z.array(syncRowSchema),
  /** Pass as `since` next time; the shop's version up to which this answer is complete. */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** The client's last mutation the server has applied; its outbox can drop up to here. */
  lastMutationId: z.number().int().nonnegative(),
  /** The cursor is older than the tombstone retention: drop local synced rows and pull from 0. */
  resetRequired: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Who the token belongs to; the client binds its local profile to these ids. */
export const whoAmISchema = z.strictObject({
  shopId: z.string(),
  shopName: z.string(),
  agentId: z.string(),
  agentCode: z.string(),
  agentName: z.string(),
  role: z.enum(['agent', 'supervisor', 'admin']),
  /**
   * 岗位, null when the server has none for the agent. Optional: a binding stored by an older
   * desk has none and reads as unknown.
   */
  position: z.enum(POSITIONS).nullable().optional(),
});
export type WhoAmI = z.infer<typeof whoAmISchema>;

/**
 * The shop's agents (`GET /v1/team`), for any token of the shop: a desk names the agents whose ids
 * its synced rows carry (invoice steps, escalations, 已读). Disabled agents stay listed: their
 * stamps remain on old rows.
 */
export const teamAgentSchema = z.strictObject({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  role: z.enum(['agent', 'supervisor', 'admin']),
  position: z.enum(POSITIONS).nullable(),
  disabled: z.boolean(),
});
export type TeamAgent = z.infer<typeof teamAgentSchema>;
export const teamRosterSchema = z.strictObject({ agents: z.array(teamAgentSchema) });
export type TeamRoster = z.infer<typeof teamRosterSchema>;

export const SYNC_ERROR_CODES = [
  'badRequest',
  'unauthorized',
  'forbidden',
  'updateRequired',
  'mutationGap',
  'payloadTooLarge',
  'rateLimited',
  'notFound',
  'internal',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** Every non-2xx answer. `details` names the field or mutation at fault. */
export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(SYNC_ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const SYNC_PATHS = {
  health: '/v1/health',
  whoAmI: '/v1/whoami',
  team: '/v1/team',
  push: '/v1/push',
  pull: '/v1/pull',
  teamReport: '/v1/reports/team',
} as const;
