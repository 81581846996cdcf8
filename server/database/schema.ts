/**
 * The central sync server's PostgreSQL schema (PGlite embedded or a real PostgreSQL). Synced rows
 * are kept generically as jsonb keyed by the app's SQLite column names, so the server follows
 * the app's tables without a migration per column; shop and version are the server's own.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { POSITIONS } from '../../common/positions';

export const AGENT_ROLES = ['agent', 'supervisor', 'admin'] as const;

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const shops = pgTable('shops', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const agents = pgTable(
  'agents',
  {
    id: text('id').primaryKey(),
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id),
    /** 工号, unique within the shop. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: AGENT_ROLES }).notNull(),
    /** 岗位 (common/positions.ts); null until set. Answered by whoami. */
    position: text('position', { enum: POSITIONS }),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('agents_shop_code').on(table.shopId, table.code),
    check('agents_role', sql`${table.role} in ('agent', 'supervisor', 'admin')`),
    check(
      'agents_position',
      sql`${table.position} is null or ${table.position} in (${sql.raw(POSITIONS.map((p) => `'${p}'`).join(', '))})`,
    ),
  ],
);

export const tokens = pgTable(
  'tokens',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    /** sha256 hex of the token; the token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('tokens_hash').on(table.tokenHash), index('tokens_agent').on(table.agentId)],
);

/** One desktop install: the idempotency record of its pushes. */
export const clients = pgTable('clients', {
  clientId: text('client_id').primaryKey(),
  agentId: text('agent_id')
    .notNull()
    .references(() => agents.id),
  shopId: text('shop_id')
    .notNull()
    .references(() => shops.id),
  lastMutationId: bigint('last_mutation_id', { mode: 'number' }).notNull().default(0),
  createdAt: createdAt(),
});

/**
 * Mutations the server refused, by client and id: a retry of a push whose answer was lost must
 * hear "rejected" again (with the current row), not "duplicate", or the desk would keep an edit
 * the server never took.
 */
export const rejectedMutations = pgTable(
  'rejected_mutations',
  {
    clientId: text('client_id')
      .notNull()
      .references(() => clients.clientId),
    mutationId: bigint('mutation_id', { mode: 'number' }).notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.clientId, table.mutationId] })],
);

/**
 * The shop's version counter, locked by every push so versions commit in order, and the oldest
 * cursor that still sees every tombstone (raised when old tombstones are pruned).
 */
export const shopVersions = pgTable('shop_versions', {
  shopId: text('shop_id')
    .primaryKey()
    .references(() => shops.id),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  retentionFloor: bigint('retention_floor', { mode: 'number' }).notNull().default(0),
});

export const rows = pgTable(
  'rows',
  {
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id),
    tableName: text('table_name').notNull(),
    id: text('id').notNull(),
    ownerId: text('owner_id'),
    version: bigint('version', { mode: 'number' }).notNull(),
    deletedAt: bigint('deleted_at', { mode: 'number' }),
    /** The client columns (SQLite names) without shop_id and version. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.shopId, table.tableName, table.id] }),
    index('rows_shop_version').on(table.shopId, table.version),
    // The supervisor console's figures (server/console/api) read one table's live rows of a shop
    // by a time or day inside the jsonb; each partial expression index serves one such query.
    index('rows_phrase_usages_at')
      .on(table.shopId, sql`((${table.data}->>'used_at')::bigint)`)
      .where(sql`${table.tableName} = 'phrase_usages' and ${table.deletedAt} is null`),
    index('rows_phrase_usages_phrase')
      .on(table.shopId, sql`(${table.data}->>'phrase_id')`, sql`((${table.data}->>'used_at')::bigint)`)
      .where(sql`${table.tableName} = 'phrase_usages' and ${table.deletedAt} is null`),
    index('rows_return_cases_at')
      .on(table.shopId, sql`((${table.data}->>'registered_at')::bigint)`)
      .where(sql`${table.tableName} = 'return_cases' and ${table.deletedAt} is null`),
    index('rows_daily_logs_day')
      .on(table.shopId, sql`(${table.data}->>'day')`)
      .where(sql`${table.tableName} = 'daily_logs' and ${table.deletedAt} is null`),
    index('rows_checklist_days_day')
      .on(table.shopId, sql`(${table.data}->>'day')`)
      .where(sql`${table.tableName} = 'checklist_days' and ${table.deletedAt} is null`),
    index('rows_checklist_items_day')
      .on(table.shopId, sql`(${table.data}->>'day_id')`)
      .where(sql`${table.tableName} = 'checklist_items' and ${table.deletedAt} is null`),
    index('rows_open_tasks')
      .on(table.shopId, table.ownerId)
      .where(
        sql`${table.tableName} = 'tasks' and ${table.deletedAt} is null and ${table.data}->>'status' = 'open'`,
      ),
  ],
);

/**
 * The shop's live inquiries narrowed to what 询单分析 groups by: one row per `rows` inquiry,
 * kept by triggers on `rows` (migration 0003) in the same transaction as the push that wrote it,
 * whoever writes (the sync, a tombstone prune, a bulk load). Reading 180,000 inquiries' jsonb for
 * a 30-day analysis cost ~1 s on a 1.6 M-row shop (docs/benchmarks.md); these rows are ~60 bytes.
 */
export const inquiryFacts = pgTable(
  'inquiry_facts',
  {
    shopId: text('shop_id').notNull(),
    id: text('id').notNull(),
    ownerId: text('owner_id'),
    inquiredAt: bigint('inquired_at', { mode: 'number' }),
    /** Trimmed and cut to 200 characters (a key of inquiry_product_days' index); '' when none. */
    product: text('product').notNull(),
    outcome: text('outcome'),
    lossReason: text('loss_reason'),
    /** null when the inquiry names no customer. */
    customerId: text('customer_id'),
  },
  (table) => [
    primaryKey({ columns: [table.shopId, table.id] }),
    // customer_id and outcome ride along so returning customers' ranking (a third of the shop's
    // inquiries for 30 days) reads only this index: a scan of the table went through PGlite's
    // small bulk-read ring, re-reading its 100 MB from the file system each time.
    index('inquiry_facts_at').on(table.shopId, table.inquiredAt, table.customerId, table.outcome),
    index('inquiry_facts_customer').on(table.shopId, table.customerId, table.inquiredAt),
  ],
);

/**
 * The shop's live orders narrowed to what 询单分析 reads (who paid when, and how much): one row
 * per `rows` order, kept by triggers on `rows` (migration 0008) like inquiry_facts. Both questions
 * asked of orders (paid in a range, paid by a customer before a day) are answered from an index
 * alone; through jsonb expression indexes on `rows` the 30-day 退款率 denominator read 75,000
 * orders' documents (65 ms on PGlite, docs/benchmarks.md).
 */
export const orderFacts = pgTable(
  'order_facts',
  {
    shopId: text('shop_id').notNull(),
    id: text('id').notNull(),
    /** null when the order names no customer. */
    customerId: text('customer_id'),
    /** null while unpaid. */
    paidAt: bigint('paid_at', { mode: 'number' }),
    paidFen: bigint('paid_fen', { mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.shopId, table.id] }),
    index('order_facts_paid').on(table.shopId, table.paidAt, table.paidFen),
    index('order_facts_customer').on(table.shopId, table.customerId, table.paidAt),
  ],
);

/**
 * 询单分析's counts per shop day, kept by triggers on inquiry_facts (migration 0005): per agent
 * (conversion per agent and day, loss reasons, before/after) and per product. A 30-day analysis
 * sums ~12,000 and ~30,000 of these instead of grouping 180,000 inquiries. Days are cut on the
 * zone in inquiry_rollup_zones; the console rebuilds a shop's counts when its desks' zone differs
 * (server/console/api/inquiry-rollups.ts). Empty texts stand for none, so each key is a primary key.
 */
export const inquiryRollupZones = pgTable('inquiry_rollup_zones', {
  shopId: text('shop_id').primaryKey(),
  zone: text('zone').notNull(),
});

const rollupCount = () => bigint('n', { mode: 'number' }).notNull();

export const inquiryAgentDays = pgTable(
  'inquiry_agent_days',
  {
    shopId: text('shop_id').notNull(),
    day: text('day').notNull(),
    ownerId: text('owner_id').notNull(),
    outcome: text('outcome').notNull(),
    lossReason: text('loss_reason').notNull(),
    n: rollupCount(),
  },
  (table) => [
    primaryKey({ columns: [table.shopId, table.day, table.ownerId, table.outcome, table.lossReason] }),
  ],
);

export const inquiryProductDays = pgTable(
  'inquiry_product_days',
  {
    shopId: text('shop_id').notNull(),
    day: text('day').notNull(),
    product: text('product').notNull(),
    outcome: text('outcome').notNull(),
    lossReason: text('loss_reason').notNull(),
    n: rollupCount(),
  },
  (table) => [
    primaryKey({ columns: [table.shopId, table.day, table.product, table.outcome, table.lossReason] }),
  ],
);

/**
 * A signed-in supervisor console (server/console): the sha256 of the random session id in its
 * cookie (a leaked table opens no session), the token it was opened with (revoking the token ends
 * it) and its CSRF token, which the page sends back on every change. In the database, so every
 * instance behind a load balancer serves every session.
 */
export const consoleSessions = pgTable(
  'console_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    tokenId: text('token_id')
      .notNull()
      .references(() => tokens.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('console_sessions_token').on(table.tokenId),
    index('console_sessions_expires').on(table.expiresAt),
  ],
);

/**
 * Days a supervisor marked in 询单分析 with what the shop changed (改了详情页 on 11-20), one per
 * shop day: every supervisor of the shop sees the same marks, on any browser.
 */
export const consoleMarks = pgTable(
  'console_marks',
  {
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id),
    day: text('day').notNull(),
    note: text('note').notNull(),
    markedBy: text('marked_by')
      .notNull()
      .references(() => agents.id),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.shopId, table.day] })],
);

export const AUDIT_ACTIONS = ['createAgent', 'changeRole', 'changePosition', 'revokeToken'] as const;

/** Who changed agents or tokens from the console, when, and what (never a token itself). */
export const adminAudit = pgTable(
  'admin_audit',
  {
    id: text('id').primaryKey(),
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id),
    actorAgentId: text('actor_agent_id')
      .notNull()
      .references(() => agents.id),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    /** The agent's 工号 or the token's id the action was on. */
    target: text('target').notNull(),
    /** What changed, e.g. `role agent → supervisor`, `revoked 2`. */
    detail: text('detail').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('admin_audit_shop_at').on(table.shopId, table.at)],
);
