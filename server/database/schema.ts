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
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('agents_shop_code').on(table.shopId, table.code),
    check('agents_role', sql`${table.role} in ('agent', 'supervisor', 'admin')`),
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
  ],
);
