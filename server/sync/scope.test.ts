import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncTable } from '../../common/sync/sync-tables';
import { describeEachStorage, seedShop, storedRow, type TestShop } from '../test-support/test-server';
import { fullRow, patch, put, TestDesk } from '../test-support/sync-client';

type Role = 'agent' | 'supervisor';
type Category = 'library' | 'team' | 'own-mine' | "own-others'" | 'learned-mine' | "learned-others'";

/** DESIGN.md "Sync protocol", Scope: who reads and writes what. */
const EXPECTED: Record<Role, Record<Category, { read: boolean; write: boolean }>> = {
  agent: {
    library: { read: true, write: false },
    team: { read: true, write: true },
    'own-mine': { read: true, write: true },
    "own-others'": { read: false, write: false },
    'learned-mine': { read: true, write: true },
    "learned-others'": { read: true, write: false },
  },
  supervisor: {
    library: { read: true, write: true },
    team: { read: true, write: true },
    'own-mine': { read: true, write: true },
    "own-others'": { read: true, write: false },
    'learned-mine': { read: true, write: true },
    // Pruning a learned question tombstones every agent's row for it.
    "learned-others'": { read: true, write: true },
  },
};

describeEachStorage('scope', (env) => {
  let shop: TestShop;
  const ids: Record<string, string> = {};
  const table: Record<Category, SyncTable> = {
    library: 'phrases',
    team: 'customers',
    'own-mine': 'inquiries',
    "own-others'": 'inquiries',
    'learned-mine': 'phrase_questions',
    "learned-others'": 'phrase_questions',
  };

  /** The row of `category` as seen by `role`: its own inquiry, or somebody else's. */
  const rowId = (role: Role, category: Category): string => {
    if (category === 'own-mine') return ids[`inquiry:${role}`]!;
    if (category === "own-others'") return ids[role === 'agent' ? 'inquiry:otherAgent' : 'inquiry:agent']!;
    if (category === 'learned-mine') return ids[`learned:${role}`]!;
    if (category === "learned-others'")
      return ids[role === 'agent' ? 'learned:otherAgent' : 'learned:agent']!;
    return ids[category]!;
  };

  const deskOf = (role: Role) => new TestDesk(env.url, shop[role].token);

  beforeAll(async () => {
    shop = await seedShop(env.storage);
    const phrase = fullRow('phrases', {
      title: '发货时间',
      body: '48小时内发货',
      owner_id: shop.supervisor.agentId,
    });
    const customer = fullRow('customers', { nick: 'tb_lily', owner_id: shop.agent.agentId });
    ids.library = phrase.id as string;
    ids.team = customer.id as string;
    expect((await deskOf('supervisor').push(put('phrases', phrase))).results[0]!.outcome).toBe('applied');
    expect((await deskOf('agent').push(put('customers', customer))).results[0]!.outcome).toBe('applied');
    for (const who of ['agent', 'otherAgent', 'supervisor'] as const) {
      const inquiry = fullRow('inquiries', {
        product: '羊毛围巾',
        owner_id: shop[who].agentId,
        inquired_at: 1,
      });
      ids[`inquiry:${who}`] = inquiry.id as string;
      const learned = fullRow('phrase_questions', {
        phrase_id: phrase.id,
        text: '什么时候发货',
        picks: 1,
        last_used_at: 1,
        owner_id: shop[who].agentId,
      });
      ids[`learned:${who}`] = learned.id as string;
      const answer = await new TestDesk(env.url, shop[who].token).push(
        put('inquiries', inquiry),
        put('phrase_questions', learned),
      );
      expect(answer.results.map((result) => result.outcome)).toEqual(['applied', 'applied']);
    }
  });

  const cells = (['agent', 'supervisor'] as const).flatMap((role) =>
    (Object.keys(EXPECTED[role]) as Category[]).map((category) => ({
      role,
      category,
      ...EXPECTED[role][category],
    })),
  );

  describe('read (pull)', () => {
    it.each(cells)('$role reading $category rows: $read', async ({ role, category, read }) => {
      const rows = await deskOf(role).pullAll(0);
      expect(rows.some((row) => row.id === rowId(role, category))).toBe(read);
    });
  });

  describe('write (push)', () => {
    it.each(cells)('$role writing $category rows: $write', async ({ role, category, read, write }) => {
      const id = rowId(role, category);
      const fields =
        category === 'library'
          ? { title: `改 ${role}` }
          : category === 'team'
            ? { notes: `改 ${role}` }
            : category.startsWith('learned')
              ? { picks: role === 'agent' ? 2 : 3 }
              : { note: `改 ${role}` };
      const before = await storedRow(env.storage, shop.shopId, table[category], id);
      const answer = await deskOf(role).push(patch(table[category], id, fields));
      const after = await storedRow(env.storage, shop.shopId, table[category], id);
      if (write) {
        expect(answer.results[0]).toEqual({ id: 1, outcome: 'applied' });
        expect(after!.data).toMatchObject(fields);
      } else {
        // The refusal carries the stored row only to a caller who may read it (finding: an
        // agent read a colleague's private inquiry through a rejection).
        expect(answer.results[0]).toMatchObject({
          outcome: 'rejected',
          error: { code: 'forbidden' },
          serverRow: read ? { id, table: table[category], version: before!.version } : null,
        });
        expect(after).toEqual(before);
      }
    });

    it('an agent cannot put a library row, nor an own row in another agent’s name', async () => {
      const desk = deskOf('agent');
      const answer = await desk.push(
        put('phrase_groups', fullRow('phrase_groups', { name: '售后' })),
        put('daily_logs', fullRow('daily_logs', { owner_id: shop.otherAgent.agentId, day: '2026-11-24' })),
        put('daily_logs', fullRow('daily_logs', { owner_id: null, day: '2026-11-24' })),
      );
      expect(answer.results.map((result) => result.error?.code)).toEqual([
        'forbidden',
        'forbidden',
        'forbidden',
      ]);
    });

    it('a supervisor cannot write an agent’s own rows by put either', async () => {
      const theirs = (await storedRow(env.storage, shop.shopId, 'inquiries', ids['inquiry:agent']!))!;
      const answer = await deskOf('supervisor').push(
        put('checklist_days', fullRow('checklist_days', { owner_id: shop.agent.agentId, day: '2026-11-24' })),
        put('inquiries', { ...theirs.data, owner_id: shop.supervisor.agentId, note: '主管改的' }),
      );
      expect(answer.results.map((result) => result.error?.code)).toEqual(['forbidden', 'forbidden']);
      expect(await storedRow(env.storage, shop.shopId, 'inquiries', ids['inquiry:agent']!)).toEqual(theirs);
    });

    it('nobody moves a row to another owner: a patch asking is refused, a second put merges into the stored row', async () => {
      const desk = deskOf('agent');
      const mine = ids['inquiry:agent']!;
      const before = await storedRow(env.storage, shop.shopId, 'inquiries', mine);
      const team = (await storedRow(env.storage, shop.shopId, 'customers', ids.team!))!;
      const answer = await desk.push(
        patch('inquiries', mine, { owner_id: shop.otherAgent.agentId }),
        put('customers', {
          ...team.data,
          name: '王小明',
          notes: '另一台电脑也建了这个客户',
          owner_id: shop.otherAgent.agentId,
        }),
      );
      expect(answer.results.map((result) => [result.outcome, result.error?.code])).toEqual([
        ['rejected', 'forbidden'],
        ['applied', undefined],
      ]);
      expect(await storedRow(env.storage, shop.shopId, 'inquiries', mine)).toEqual(before);
      // Created again on another desk: it fills the stored row's blank name but leaves its
      // notes, under a new version so that desk pulls the merged row.
      const customer = (await storedRow(env.storage, shop.shopId, 'customers', ids.team!))!;
      expect(team.data.name).toBe('');
      expect(customer.ownerId).toBe(shop.agent.agentId);
      expect(customer.data).toEqual({ ...team.data, name: '王小明' });
      expect(customer.version).toBeGreaterThan(team.version);
    });
  });

  describe('personal phrases', () => {
    it('an agent keeps personal phrases: theirs to write, hidden from other agents, never made team', async () => {
      const mine = fullRow('phrases', {
        title: '我的开场白',
        body: '亲，我是小雨，很高兴为您服务～',
        scope: 'personal',
        owner_id: shop.agent.agentId,
      });
      const agent = deskOf('agent');
      expect((await agent.push(put('phrases', mine))).results[0]!.outcome).toBe('applied');
      const seen = async (who: 'agent' | 'otherAgent' | 'supervisor') =>
        (await new TestDesk(env.url, shop[who].token).pullAll(0)).some((row) => row.id === mine.id);
      expect(await seen('agent')).toBe(true);
      expect(await seen('otherAgent')).toBe(false);
      expect(await seen('supervisor')).toBe(true);

      const other = new TestDesk(env.url, shop.otherAgent.token);
      const answers = [
        await agent.push(patch('phrases', mine.id as string, { body: '亲，小雨在的～' })),
        await agent.push(patch('phrases', mine.id as string, { scope: 'team' })),
        await other.push(
          put(
            'phrases',
            fullRow('phrases', { title: '冒名', scope: 'personal', owner_id: shop.agent.agentId }),
          ),
        ),
      ];
      expect(answers.map((answer) => [answer.results[0]!.outcome, answer.results[0]!.error?.code])).toEqual([
        ['applied', undefined],
        ['rejected', 'forbidden'],
        ['rejected', 'forbidden'],
      ]);
      expect((await storedRow(env.storage, shop.shopId, 'phrases', mine.id as string))!.data).toMatchObject({
        body: '亲，小雨在的～',
        scope: 'personal',
      });
    });
  });

  describe('shops are apart', () => {
    it("shop B's tokens never read shop A's rows", async () => {
      const other = await seedShop(env.storage);
      for (const role of ['agent', 'supervisor', 'admin'] as const) {
        const rows = await new TestDesk(env.url, other[role].token).pullAll(0);
        expect(rows).toEqual([]);
      }
    });

    it("shop B's tokens never write shop A's rows: the same id is a different row", async () => {
      const other = await seedShop(env.storage);
      const desk = new TestDesk(env.url, other.supervisor.token);
      const before = await storedRow(env.storage, shop.shopId, 'phrases', ids.library!);
      const answer = await desk.push(
        patch('phrases', ids.library!, { title: '改别人的' }),
        put('phrases', fullRow('phrases', { id: ids.library, title: 'B 店的短语' })),
      );
      expect(answer.results[0]).toMatchObject({
        outcome: 'rejected',
        error: { code: 'notFound' },
        serverRow: null,
      });
      expect(answer.results[1]).toEqual({ id: 2, outcome: 'applied' });
      expect(await storedRow(env.storage, shop.shopId, 'phrases', ids.library!)).toEqual(before);
      expect((await storedRow(env.storage, other.shopId, 'phrases', ids.library!))!.data.title).toBe(
        'B 店的短语',
      );
      const seenByA = await deskOf('agent').pullAll(0);
      expect(seenByA.find((row) => row.id === ids.library)!.data.title).not.toBe('B 店的短语');
    });
  });
});
