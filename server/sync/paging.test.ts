import { describe, expect, it } from 'vitest';
import { PULL_PAGE, PUSH_LIMITS, type PullResponse } from '../../common/sync/protocol';
import { pruneTombstones } from '../admin/shop-admin';
import { describeEachStorage, seedShop } from '../test-support/test-server';
import { fullRow, patch, put, remove, TestDesk } from '../test-support/sync-client';

/** Chinese text (3 bytes a character) that does not compress: PostgreSQL stores it as it is. */
const randomText = (length: number) =>
  String.fromCharCode(...Array.from({ length }, () => 0x4e00 + Math.floor(Math.random() * 0x5000)));

/**
 * A task of about `kb` KB of JSON in its long columns: random text at 15 KB (stored as it is),
 * repeated text at 45 KB (stored compressed, so its stored size is far below its JSON's).
 */
function bigTask(kb: 15 | 45): Record<string, unknown> {
  return fullRow('tasks', {
    title: kb === 45 ? '标'.repeat(1_000) : '标题',
    note: kb === 45 ? '备'.repeat(5_000) : randomText(5_000),
    complaint_steps: kb === 45 ? JSON.stringify(['步'.repeat(8_990)]) : '[]',
  });
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Every page from 0 with the largest row limit, so only the byte cap cuts them. */
async function pagesFrom(desk: TestDesk): Promise<PullResponse[]> {
  const pages: PullResponse[] = [];
  let cursor = 0;
  for (;;) {
    const page = await desk.pull(cursor, PULL_PAGE.max);
    pages.push(page);
    cursor = page.cursor;
    if (!page.hasMore) return pages;
  }
}

describeEachStorage('pull paging', (env) => {
  describe('pages', () => {
    it('never splits a version across pages and returns every row exactly once', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      // Pushes of 3, 1, 4 and 2 rows: versions 1–4.
      for (const size of [3, 1, 4, 2])
        await desk.push(...Array.from({ length: size }, () => put('tasks', fullRow('tasks'))));
      const reader = new TestDesk(env.url, shop.supervisor.token);

      const first = await reader.pull(0, 2);
      expect(first.rows.map((row) => row.version)).toEqual([1, 1, 1]);
      expect(first).toMatchObject({ cursor: 1, hasMore: true });
      const second = await reader.pull(first.cursor, 2);
      expect(second.rows.map((row) => row.version)).toEqual([2, 3, 3, 3, 3]);
      expect(second).toMatchObject({ cursor: 3, hasMore: true });
      const third = await reader.pull(second.cursor, 2);
      expect(third.rows.map((row) => row.version)).toEqual([4, 4]);
      expect(third).toMatchObject({ cursor: 4, hasMore: false });

      const all = await reader.pullAll(0, 1);
      expect(all).toHaveLength(10);
      expect(new Set(all.map((row) => row.id)).size).toBe(10);
    });

    it('orders rows of one version by the tables’ apply order then id', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.supervisor.token);
      const item = fullRow('order_items', { id: 'a-item' });
      const order = fullRow('orders', { id: 'z-order' });
      const phrase = fullRow('phrases', { id: 'm-phrase' });
      const group = fullRow('phrase_groups', { id: 'q-group' });
      await desk.push(
        put('order_items', item),
        put('orders', order),
        put('phrases', phrase),
        put('phrase_groups', group),
      );
      const rows = await desk.pullAll(0);
      expect(rows.map((row) => row.table)).toEqual(['phrase_groups', 'phrases', 'orders', 'order_items']);
    });

    it('a page ending where only rows the caller may not read follow is complete up to the shop version', async () => {
      const shop = await seedShop(env.storage);
      await new TestDesk(env.url, shop.agent.token).push(
        put('tasks', fullRow('tasks')),
        put('tasks', fullRow('tasks')),
      );
      await new TestDesk(env.url, shop.otherAgent.token).push(
        put('inquiries', fullRow('inquiries', { owner_id: shop.otherAgent.agentId })),
      );
      const page = await new TestDesk(env.url, shop.agent.token).pull(0, 1);
      expect(page.rows).toHaveLength(2);
      expect(page).toMatchObject({ cursor: 2, hasMore: false });
    });
  });

  describe('pages planned a stretch of versions at a time', () => {
    it('finds rows past a long stretch of versions the caller may not read, and ends each page at a version', async () => {
      const shop = await seedShop(env.storage);
      const other = new TestDesk(env.url, shop.otherAgent.token);
      // 70 versions of another agent's own rows: more than the first stretches read.
      for (let i = 0; i < 70; i += 1)
        await other.push(put('inquiries', fullRow('inquiries', { owner_id: shop.otherAgent.agentId })));
      const desk = new TestDesk(env.url, shop.agent.token);
      await desk.push(put('tasks', fullRow('tasks')), put('tasks', fullRow('tasks'))); // v71
      await other.push(put('inquiries', fullRow('inquiries', { owner_id: shop.otherAgent.agentId })));
      await desk.push(put('tasks', fullRow('tasks'))); // v73

      const first = await desk.pull(0, 1);
      expect(first.rows.map((row) => row.version)).toEqual([71, 71]);
      expect(first).toMatchObject({ cursor: 71, hasMore: true });
      const second = await desk.pull(first.cursor, 1);
      expect(second.rows.map((row) => row.version)).toEqual([73]);
      expect(second).toMatchObject({ cursor: 73, hasMore: false });
    });
  });

  describe('pages bounded by bytes', () => {
    it('pages of whole versions stay within PULL_PAGE.maxBytes however many rows are asked for', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      // 40 pushes of 15 tasks of ~15 KB: about 9 MB in versions of about 230 KB.
      const perPush = 15;
      for (let i = 0; i < 40; i += 1)
        await desk.push(...Array.from({ length: perPush }, () => put('tasks', bigTask(15))));

      const pages = await pagesFrom(new TestDesk(env.url, shop.supervisor.token));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      const rows = pages.flatMap((page) => page.rows);
      expect(rows).toHaveLength(40 * perPush);
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      const total = jsonBytes(rows);
      // Full pages: no more of them than the bytes need, give or take a version each.
      expect(pages.length).toBeLessThanOrEqual(
        Math.ceil(total / (PULL_PAGE.maxBytes - PUSH_LIMITS.maxBytes)),
      );
      for (const page of pages) {
        expect(jsonBytes(page.rows)).toBeLessThanOrEqual(PULL_PAGE.maxBytes);
        // Never a version split: each page holds whole pushes and ends at its cursor.
        const versions = new Map<number, number>();
        for (const row of page.rows) versions.set(row.version, (versions.get(row.version) ?? 0) + 1);
        expect([...versions.values()].every((count) => count === perPush)).toBe(true);
        if (page.hasMore) expect(page.cursor).toBe(page.rows.at(-1)!.version);
      }
    });

    it('one version larger than the cap goes alone in its page, whole', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.supervisor.token);
      const tasks = Array.from({ length: PUSH_LIMITS.maxMutations }, () => bigTask(45));
      for (let i = 0; i < tasks.length; i += 5)
        await desk.push(...tasks.slice(i, i + 5).map((task) => put('tasks', task)));
      // One push touching every row: that version is 100 rows of ~45 KB, over 4 MB.
      const touched = await desk.push(
        ...tasks.map((task) => patch('tasks', task.id as string, { updated_at: Date.now() })),
      );
      expect(touched.results.every((result) => result.outcome === 'applied')).toBe(true);
      await desk.push(put('tasks', fullRow('tasks')));

      const [alone, last, ...rest] = await pagesFrom(desk);
      expect(rest).toEqual([]);
      expect(jsonBytes(alone!.rows)).toBeGreaterThan(PULL_PAGE.maxBytes);
      expect(new Set(alone!.rows.map((row) => row.version))).toEqual(new Set([alone!.cursor]));
      expect(alone!.rows).toHaveLength(tasks.length);
      expect(alone).toMatchObject({ hasMore: true });
      expect(last!.rows).toHaveLength(1);
      expect(last).toMatchObject({ cursor: alone!.cursor + 1, hasMore: false });
    });
  });

  describe("another agent's clientId", () => {
    it('is answered like an unknown one: lastMutationId 0 and only what the caller may read', async () => {
      const shop = await seedShop(env.storage);
      const owner = new TestDesk(env.url, shop.otherAgent.token);
      const team = fullRow('tasks');
      await owner.push(
        put('tasks', team),
        put('inquiries', fullRow('inquiries', { owner_id: shop.otherAgent.agentId })),
      );

      const borrowed = await new TestDesk(env.url, shop.agent.token, owner.clientId).pullRaw(0);
      const unknown = await new TestDesk(env.url, shop.agent.token).pullRaw(0);
      expect(borrowed.status).toBe(200);
      expect(borrowed.body).toEqual(unknown.body);
      expect(borrowed.body).toMatchObject({ lastMutationId: 0, hasMore: false, resetRequired: false });
      expect(borrowed.body.rows.map((row) => row.id)).toEqual([team.id]);
      // The owner still gets its own acknowledgement.
      expect(await owner.pull(0)).toMatchObject({ lastMutationId: 2 });
    });
  });

  describe('tombstone retention', () => {
    it('after pruning, an older cursor gets resetRequired; a fresh or newer cursor does not', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      const old = fullRow('tasks');
      const kept = fullRow('tasks');
      await desk.push(put('tasks', old), put('tasks', kept)); // v1
      const day = 86_400_000;
      await desk.push(remove('tasks', old.id as string, Date.now() - 40 * day)); // v2
      await desk.push(remove('tasks', kept.id as string, Date.now() - 1 * day)); // v3
      const result = await pruneTombstones(env.storage.db, 30);
      expect(result.pruned).toBeGreaterThanOrEqual(1);

      const stale = await desk.pull(1);
      expect(stale).toMatchObject({ resetRequired: true, rows: [], cursor: 0 });
      expect(await desk.pull(2)).toMatchObject({ resetRequired: false, cursor: 3 });
      const fresh = await desk.pullAll(0);
      expect(fresh.map((row) => [row.id, row.deletedAt !== null])).toEqual([[kept.id, true]]);
    });

    it('a cursor newer than the shop (a database restored from a backup) gets resetRequired', async () => {
      const shop = await seedShop(env.storage);
      const desk = new TestDesk(env.url, shop.agent.token);
      await desk.push(put('tasks', fullRow('tasks')));
      expect(await desk.pull(1)).toMatchObject({ resetRequired: false, cursor: 1, hasMore: false });
      expect(await desk.pull(7)).toMatchObject({ resetRequired: true, rows: [], cursor: 0 });
    });
  });
});
