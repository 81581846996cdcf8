import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShop } from '../admin/shop-admin';
import { runEmbeddedAutovacuum, startEmbeddedAutovacuum, type AutovacuumRun } from './embedded-autovacuum';
import { openStorage, type Storage } from './storage';

let storage: Storage;
let shopId: string;

beforeAll(async () => {
  storage = await openStorage({ kind: 'pglite', dataDir: 'memory://' });
  await storage.migrate();
  ({ shopId } = await createShop(storage.db, '统计测试店'));
}, 60_000);

afterAll(() => storage.close());

const first = <T>(result: unknown) => (result as { rows: T[] }).rows[0]!;

async function addInquiries(from: number, count: number) {
  await storage.db.execute(sql`insert into rows (shop_id, table_name, id, owner_id, version, deleted_at, data)
    select ${shopId}, 'inquiries', 'inq-' || n, null, n, null,
      jsonb_build_object('id', 'inq-' || n, 'inquired_at', 1796000000000 + n, 'product', '保温杯',
        'outcome', 'lost', 'loss_reason', 'price', 'customer_id', 'cust-' || (n % 97))
    from generate_series(${from}::int, ${from + count - 1}::int) n`);
}

/** The planner's estimate of the shop's inquiries: what the console's statements are planned on. */
async function estimatedInquiries() {
  const plan = first<{ 'QUERY PLAN': string }>(
    await storage.db.execute(
      sql`explain select * from rows where shop_id = ${shopId} and table_name = 'inquiries'`,
    ),
  )['QUERY PLAN'];
  return Number(/rows=(\d+)/.exec(plan)![1]);
}

const reltuples = async (table: string) =>
  Number(
    first<{ n: number }>(
      await storage.db.execute(sql`select reltuples as n from pg_class where relname = ${table}`),
    ).n,
  );

describe('the embedded PGlite keeps its statistics the way autovacuum would', () => {
  it('analyses what was never analysed, then only what changed past autovacuum’s thresholds', async () => {
    await addInquiries(1, 2_000);
    expect(await reltuples('rows')).toBe(-1);

    const firstRound = await runEmbeddedAutovacuum(storage.db);
    expect(firstRound.analyzed).toEqual(expect.arrayContaining(['rows', 'inquiry_facts', 'shops']));
    expect(await reltuples('rows')).toBe(2_000);
    expect(await reltuples('inquiry_facts')).toBe(2_000);
    expect(await estimatedInquiries()).toBeGreaterThan(1_800);

    expect(await runEmbeddedAutovacuum(storage.db)).toEqual({ vacuumed: [], analyzed: [] });

    // 50 + 10 % of 2,000 changed rows make an analyse due; not yet a vacuum (1,000 + 20 % inserted).
    await addInquiries(2_001, 300);
    const afterInserts = await runEmbeddedAutovacuum(storage.db);
    expect(afterInserts.analyzed).toContain('rows');
    expect(afterInserts.vacuumed).not.toContain('rows');
    expect(await reltuples('rows')).toBe(2_300);

    // 50 + 20 % of 2,300 dead rows make a vacuum due.
    await storage.db.execute(
      sql`update rows set data = data || '{"outcome":"converted"}' where shop_id = ${shopId} and version <= 600`,
    );
    const afterUpdates = await runEmbeddedAutovacuum(storage.db);
    expect(afterUpdates.vacuumed).toContain('rows');
    expect(afterUpdates.analyzed).toContain('rows');
    const dead = first<{ n: number }>(
      await storage.db.execute(sql`select n_dead_tup as n from pg_stat_user_tables where relname = 'rows'`),
    ).n;
    expect(Number(dead)).toBe(0);
  });

  it('the worker analyses everything at start, then runs a round per naptime until stopped', async () => {
    await storage.db.execute(sql`delete from rows where shop_id = ${shopId}`);
    await addInquiries(1, 5_000);
    const runs: AutovacuumRun[] = [];
    const failures: unknown[] = [];
    const report = {
      ran: (run: AutovacuumRun) => runs.push(run),
      failed: (error: unknown) => failures.push(error),
    };
    const worker = await storage.startAutovacuum!(report);
    // Started: statistics before the first request, the rounds still to come.
    expect(await estimatedInquiries()).toBeGreaterThan(4_500);
    expect(runs).toEqual([]);
    await worker.stop();

    const fast = await startEmbeddedAutovacuum(storage.db, report, 50);
    await addInquiries(5_001, 1_000);
    await expect.poll(() => runs.flatMap((run) => run.analyzed), { timeout: 10_000 }).toContain('rows');
    await fast.stop();
    const stoppedAt = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runs).toHaveLength(stoppedAt);
    expect(failures).toEqual([]);
  });
});
