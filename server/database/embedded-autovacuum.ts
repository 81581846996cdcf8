/**
 * Autovacuum for the embedded PGlite. PGlite is a single backend with no autovacuum worker, so
 * left alone its tables are never analysed: the planner guesses every join without statistics,
 * and on a 1.5 M-row shop the console's returning customers took 33 s instead of 0.1 s
 * (docs/benchmarks.md). This does the worker's job from the server's own process, with the
 * worker's own rules and settings (autovacuum_*: thresholds, scale factors and naptime), so
 * PGlite's tables are kept the way a PostgreSQL server keeps them. PostgreSQL needs none of it.
 */
import { sql, type SQL } from 'drizzle-orm';

/** What the worker needs of the storage's db (storage.ts starts the worker, so not ServerDb). */
type ServerDb = { execute(query: SQL): Promise<unknown> };

export type AutovacuumRun = { vacuumed: string[]; analyzed: string[] };

type DueTable = { table_name: string; vacuum: boolean; analyze: boolean };

/**
 * The tables autovacuum would pick now. A table never analysed (reltuples −1) is due whatever its
 * counters say: the statistics counters start again at zero after a restart, the catalog does not.
 */
async function dueTables(db: ServerDb): Promise<DueTable[]> {
  // Our own backend's counters reach pg_stat_user_tables only when flushed (at most once a second).
  await db.execute(sql`select pg_stat_force_next_flush()`);
  await db.execute(sql`select pg_stat_clear_snapshot()`);
  const found = (await db.execute(sql`
    with setting as (
      select current_setting('autovacuum_vacuum_threshold')::float8 as vacuum_base,
        current_setting('autovacuum_vacuum_scale_factor')::float8 as vacuum_scale,
        current_setting('autovacuum_vacuum_insert_threshold')::float8 as insert_base,
        current_setting('autovacuum_vacuum_insert_scale_factor')::float8 as insert_scale,
        current_setting('autovacuum_analyze_threshold')::float8 as analyze_base,
        current_setting('autovacuum_analyze_scale_factor')::float8 as analyze_scale)
    select s.relname as table_name,
      s.n_dead_tup > vacuum_base + vacuum_scale * greatest(c.reltuples, 0)
        or s.n_ins_since_vacuum > insert_base + insert_scale * greatest(c.reltuples, 0) as vacuum,
      c.reltuples < 0 or s.n_mod_since_analyze > analyze_base + analyze_scale * greatest(c.reltuples, 0) as analyze
    from pg_stat_user_tables s join pg_class c on c.oid = s.relid, setting
    where s.schemaname = current_schema()
    order by s.relname`)) as unknown as { rows: DueTable[] };
  return found.rows.filter((table) => table.vacuum || table.analyze);
}

/** One round of the worker: vacuums and analyses what is due, one table at a time. */
export async function runEmbeddedAutovacuum(db: ServerDb): Promise<AutovacuumRun> {
  const run: AutovacuumRun = { vacuumed: [], analyzed: [] };
  for (const table of await dueTables(db)) {
    const name = sql.identifier(table.table_name);
    if (table.vacuum) {
      await db.execute(sql`vacuum (analyze) ${name}`);
      run.vacuumed.push(table.table_name);
      run.analyzed.push(table.table_name);
    } else {
      await db.execute(sql`analyze ${name}`);
      run.analyzed.push(table.table_name);
    }
  }
  return run;
}

/** autovacuum_naptime: how long the worker sleeps between rounds (1 min by default). */
export async function autovacuumNaptimeMs(db: ServerDb): Promise<number> {
  const found = (await db.execute(
    sql`select setting::int * 1000 as ms from pg_settings where name = 'autovacuum_naptime'`,
  )) as unknown as { rows: { ms: number }[] };
  return Number(found.rows[0]!.ms);
}

export type AutovacuumWorker = { stop(): Promise<void> };

export type AutovacuumReport = { ran(run: AutovacuumRun): void; failed(error: unknown): void };

/**
 * Starts the worker: first every table is analysed (awaited, so a server starts on statistics:
 * PGlite's counters start again at zero with each process, so what changed before a restart is
 * known to no counter), then a round per naptime until stopped. A failed round is reported and
 * the next one tries again: a missed analyse slows the console, it must not stop the server.
 */
export async function startEmbeddedAutovacuum(
  db: ServerDb,
  report: AutovacuumReport,
  naptimeMs?: number,
): Promise<AutovacuumWorker> {
  await db.execute(sql`analyze`);
  let current: Promise<void> | null = null;
  const round = () => {
    // A round longer than the naptime is not overlapped by the next one.
    current ??= runEmbeddedAutovacuum(db)
      .then(
        (run) => {
          if (run.vacuumed.length > 0 || run.analyzed.length > 0) report.ran(run);
        },
        (error: unknown) => report.failed(error),
      )
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(round, naptimeMs ?? (await autovacuumNaptimeMs(db)));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await current;
    },
  };
}
