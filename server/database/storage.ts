/**
 * Where the server keeps its data: a real PostgreSQL when DATABASE_URL is set, otherwise an
 * embedded PGlite in a data folder, so `npm run server` starts with no setup. Both speak the
 * same SQL through drizzle; the rest of the server sees only `ServerDb`.
 */
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataFolder } from './data-folder-lock';
import { startEmbeddedAutovacuum, type AutovacuumReport, type AutovacuumWorker } from './embedded-autovacuum';
import * as schema from './schema';

export type ServerDb = PgDatabase<PgQueryResultHKT, typeof schema>;
export type StorageKind = 'postgres' | 'pglite';

export type StorageConfig =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /**
   * `memory://` keeps everything in memory (tests); otherwise a folder, held by this process
   * alone until close (DataFolderLockedError when another one holds it). `template`: a data folder
   * dump (PGlite's dumpDataDir) to start from instead of a fresh initdb.
   */
  | { kind: 'pglite'; dataDir: string; template?: Blob };

export type Storage = {
  kind: StorageKind;
  db: ServerDb;
  /** Applies the pending migrations; safe while other instances start on the same database. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tar, e.g. for a migrated template. */
  dump: (() => Promise<Blob>) | null;
  /**
   * PGlite only (PostgreSQL's own autovacuum keeps its tables): starts the server process's
   * stand-in for autovacuum (embedded-autovacuum.ts); stop it before close.
   */
  startAutovacuum: ((report: AutovacuumReport) => Promise<AutovacuumWorker>) | null;
};

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Any fixed number: instances starting together take turns migrating under this lock. */
const MIGRATION_LOCK = 7_406_150;

/** DATABASE_URL selects PostgreSQL; without it, PGlite in KEFU_SERVER_DATA (default ./server-data). */
export function storageConfigFromEnv(env: NodeJS.ProcessEnv): StorageConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: env.KEFU_SERVER_DATA || './server-data' };
}

export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (config.kind === 'postgres') {
    // jit=off: the console's figures are aggregates whose estimates (jsonb expressions, correlated
    // sub-selects) pass the JIT thresholds, and compiling one took 1.5–3.9 s: 6.5–10.1 s with JIT
    // against 3.8 s without on a 1.6 M-row shop (bench/console.ts, load ~20). Nothing the server
    // runs is long enough to win that back.
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      options: '-c jit=off',
    });
    const db = drizzlePg(pool, { schema });
    return {
      kind: 'postgres',
      db: db as unknown as ServerDb,
      async migrate() {
        const client = await pool.connect();
        try {
          await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
          await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
          client.release();
        }
      },
      close: () => pool.end(),
      dump: null,
      startAutovacuum: null,
    };
  }
  // A folder is one process's at a time (see data-folder-lock.ts); memory:// is private anyway.
  const lock = config.dataDir.startsWith('memory://')
    ? null
    : lockDataFolder(config.dataDir, ['kefu-server', ...process.argv.slice(2)].join(' '));
  let client: PGlite;
  try {
    client = await PGlite.create(config.dataDir, config.template ? { loadDataDir: config.template } : {});
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema });
  return {
    kind: 'pglite',
    db: db as unknown as ServerDb,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close().finally(() => lock?.release()),
    dump: () => client.dumpDataDir('none'),
    startAutovacuum: (report) => startEmbeddedAutovacuum(db as unknown as ServerDb, report),
  };
}
