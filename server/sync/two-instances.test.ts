import { expect, it } from 'vitest';
import type { PushResponse, SyncRow } from '../../common/sync/protocol';
import { describeEachStorage, seedShop, shopState } from '../test-support/test-server';
import { fullRow, patch, put, TestDesk } from '../test-support/sync-client';

const BATCHES = 12;
const TASKS_PER_BATCH = 3;

describeEachStorage(
  'two server instances on one PostgreSQL',
  (env) => {
    it('desks pushing to both concurrently converge: no mutation lost or doubled, one version per push', async () => {
      const second = await env.startServer();
      const urls = [env.url, second.url];
      const shop = await seedShop(env.storage);
      const customer = fullRow('customers', { nick: 'tb_共享客户', notes: '' });
      await new TestDesk(env.url, shop.supervisor.token).push(put('customers', customer));
      const base = (await shopState(env.storage, shop.shopId)).version;

      const desks = [shop.agent, shop.otherAgent, shop.supervisor, shop.agent].map(
        (agent) => new TestDesk(env.url, agent.token),
      );
      const batchOfTask = new Map<string, string>();

      const pushAll = async (desk: TestDesk, deskIndex: number) => {
        for (let batch = 0; batch < BATCHES; batch += 1) {
          const tasks = Array.from({ length: TASKS_PER_BATCH }, () =>
            fullRow('tasks', { title: `d${deskIndex}b${batch}` }),
          );
          for (const task of tasks) batchOfTask.set(task.id as string, `${deskIndex}:${batch}`);
          const body = desk.pushBody([
            ...tasks.map((task) => put('tasks', task)),
            patch('customers', customer.id as string, { [`notes`]: `desk ${deskIndex} batch ${batch}` }),
          ]);
          // Every third batch is delivered to both instances at once, as a retry racing the original.
          const targets = batch % 3 === 0 ? urls : [urls[(deskIndex + batch) % 2]!];
          const answers = await Promise.all(
            targets.map((url) => new TestDesk(url, desk.token, desk.clientId).pushRaw(body)),
          );
          for (const answer of answers) expect(answer.status).toBe(200);
          const outcomes = answers.flatMap((answer) =>
            (answer.body as PushResponse).results.map((r) => r.outcome),
          );
          expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(TASKS_PER_BATCH + 1);
          desk.lastSent += TASKS_PER_BATCH + 1;
        }
      };

      // A desk pulling page by page from alternating instances while the pushes run.
      const puller = new TestDesk(env.url, shop.supervisor.token);
      const seen = new Map<string, SyncRow>();
      let cursor = 0;
      let pushing = true;
      const pullWhilePushing = async () => {
        let round = 0;
        while (pushing) {
          puller.baseUrl = urls[round++ % 2]!;
          const page = await puller.pull(cursor, 7);
          for (const row of page.rows) {
            expect(row.version).toBeGreaterThan(cursor);
            seen.set(`${row.table}:${row.id}`, row);
          }
          cursor = page.cursor;
        }
      };
      const pulling = pullWhilePushing();
      await Promise.all(desks.map(pushAll));
      pushing = false;
      await pulling;
      for (const row of await puller.pullAll(cursor, 7)) seen.set(`${row.table}:${row.id}`, row);

      const state = await shopState(env.storage, shop.shopId);
      expect(state.version - base).toBe(desks.length * BATCHES);
      expect(state.rows).toBe(1 + desks.length * BATCHES * TASKS_PER_BATCH);

      for (const desk of desks)
        expect((await desk.pull(state.version)).lastMutationId).toBe(BATCHES * (TASKS_PER_BATCH + 1));

      const fromFirst = await new TestDesk(urls[0]!, shop.supervisor.token).pullAll(0);
      const fromSecond = await new TestDesk(urls[1]!, shop.supervisor.token).pullAll(0);
      expect(fromSecond).toEqual(fromFirst);
      const byKey = new Map(fromFirst.map((row) => [`${row.table}:${row.id}`, row]));
      expect(new Map([...seen].map(([key, row]) => [key, row.version]))).toEqual(
        new Map([...byKey].map(([key, row]) => [key, row.version])),
      );

      // Each push's rows share one version and no two pushes share one.
      const versionsOfBatch = new Map<string, Set<number>>();
      for (const row of fromFirst.filter((row) => row.table === 'tasks')) {
        const batch = batchOfTask.get(row.id)!;
        versionsOfBatch.set(batch, (versionsOfBatch.get(batch) ?? new Set()).add(row.version));
      }
      expect(versionsOfBatch.size).toBe(desks.length * BATCHES);
      const versions = [...versionsOfBatch.values()].map((set) => {
        expect(set.size).toBe(1);
        return [...set][0]!;
      });
      expect(new Set(versions).size).toBe(versions.length);

      // The shared customer holds the notes of whichever push arrived last: the highest version.
      const last = fromFirst.find((row) => row.id === customer.id)!;
      expect(last.version).toBe(state.version);
      expect(last.data.notes).toMatch(/^desk \d batch \d+$/);
    });
  },
  ['postgres'],
);
