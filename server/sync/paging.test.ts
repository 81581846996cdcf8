import { describe, expect, it } from 'vitest';
import { pruneTombstones } from '../admin/shop-admin';
import { describeEachStorage, seedShop } from '../test-support/test-server';
import { fullRow, put, remove, TestDesk } from '../test-support/sync-client';

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
