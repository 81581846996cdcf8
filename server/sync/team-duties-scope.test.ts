/**
 * Issue 17's synced tables, who reads and writes what (common/sync/sync-tables.ts and
 * column-access.ts), over real HTTP on PGlite and PostgreSQL:
 * - invoices: every agent reads and writes the team's, but a step's `*_by` stamp is only ever
 *   the caller's own agent id;
 * - escalations: the owner and supervisors read; the owner writes, except the supervisor's
 *   answer and take-over;
 * - briefings: supervisors write, everyone reads; briefing_reads: the owner writes, supervisors
 *   read all.
 */
import { createHash, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { NATURAL_ID_NAMESPACE_HEX, naturalIdName, uuidText } from '../../common/sync/natural-keys';
import type { MutationResult } from '../../common/sync/protocol';
import type { SyncTable } from '../../common/sync/sync-tables';
import { describeEachStorage, seedShop, storedRow, type TestShop } from '../test-support/test-server';
import { fullRow, patch, put, TestDesk } from '../test-support/sync-client';

/** UUID v5 as RFC 9562 defines it, computed here independently of the server's check. */
const v5 = (shopId: string, table: string, ...key: string[]) =>
  uuidText(
    createHash('sha1')
      .update(Buffer.from(NATURAL_ID_NAMESPACE_HEX, 'hex'))
      .update(naturalIdName(shopId, table, key))
      .digest('hex'),
    5,
  );

const outcomes = (results: readonly MutationResult[]) =>
  results.map((result) => [result.outcome, result.error?.code]);

const APPLIED = ['applied', undefined];
const FORBIDDEN = ['rejected', 'forbidden'];
const INVALID = ['rejected', 'invalid'];

describeEachStorage('issue 17 scopes', (env) => {
  let shop: TestShop;
  const desk = (who: 'agent' | 'otherAgent' | 'supervisor' | 'admin') =>
    new TestDesk(env.url, shop[who].token);
  const stored = (table: SyncTable, id: string) => storedRow(env.storage, shop.shopId, table, id);

  beforeAll(async () => {
    shop = await seedShop(env.storage);
  });

  describe('invoices (team, actor stamps)', () => {
    const invoice = (values: Record<string, unknown>) =>
      fullRow('invoices', {
        order_no: `2026${Math.floor(Math.random() * 1e12)}`,
        buyer_nick: 'tb_lily',
        title: '杭州某某科技有限公司',
        title_kind: 'company',
        tax_no: '91330106MA2B0XXXX1',
        amount_fen: 29_900,
        email: 'finance@example.com',
        requested_at: 1_000,
        source: 'panel',
        ...values,
      });

    it('an agent collects a request stamped with its own id; a colleague reads it and registers it', async () => {
      const row = invoice({ owner_id: shop.agent.agentId, requested_by: shop.agent.agentId });
      expect(outcomes((await desk('agent').push(put('invoices', row))).results)).toEqual([APPLIED]);
      const colleague = desk('otherAgent');
      expect((await colleague.pullAll(0)).some((r) => r.id === row.id)).toBe(true);
      const steps = await colleague.push(
        patch('invoices', row.id as string, { registered_by: shop.otherAgent.agentId, registered_at: 2_000 }),
        patch('invoices', row.id as string, {
          status: 'issued',
          invoice_no: '24332000000012345678',
          issued_on: '2026-12-08',
          issued_by: shop.otherAgent.agentId,
          issued_at: 3_000,
        }),
      );
      expect(outcomes(steps.results)).toEqual([APPLIED, APPLIED]);
      expect((await stored('invoices', row.id as string))!.data).toMatchObject({
        requested_by: shop.agent.agentId,
        registered_by: shop.otherAgent.agentId,
        issued_by: shop.otherAgent.agentId,
        status: 'issued',
      });
    });

    it("stamping a step with somebody else's id is refused as scope, for agents and supervisors alike", async () => {
      const row = invoice({ owner_id: shop.agent.agentId, requested_by: shop.agent.agentId });
      await desk('agent').push(put('invoices', row));
      const before = await stored('invoices', row.id as string);
      const id = row.id as string;
      const agent = await desk('otherAgent').push(
        // A colleague's id on a step, on an existing row and on a new one.
        patch('invoices', id, { issued_by: shop.agent.agentId, issued_at: 5 }),
        put('invoices', invoice({ owner_id: shop.otherAgent.agentId, requested_by: shop.agent.agentId })),
        // Clearing a colleague's stamp is changing it too.
        patch('invoices', id, { requested_by: null }),
      );
      expect(outcomes(agent.results)).toEqual([FORBIDDEN, FORBIDDEN, FORBIDDEN]);
      // The refusal hands back the row (a team row the caller reads) to roll back to.
      expect(agent.results[0]!.serverRow).toMatchObject({ id, version: before!.version });
      expect(agent.results[0]!.error!.message).toContain('issued_by');
      const supervisor = await desk('supervisor').push(
        patch('invoices', id, { voided_by: shop.agent.agentId, status: 'void', void_reason: '抬头错误' }),
      );
      expect(outcomes(supervisor.results)).toEqual([FORBIDDEN]);
      expect(await stored('invoices', id)).toEqual(before);
    });

    it('a caller clears its own stamp; taking a step again stamps the new caller (later arrival wins)', async () => {
      const row = invoice({ owner_id: shop.agent.agentId, requested_by: shop.agent.agentId });
      await desk('agent').push(put('invoices', row));
      const id = row.id as string;
      const own = await desk('agent').push(
        patch('invoices', id, { sent_by: shop.agent.agentId, sent_at: 9 }),
        patch('invoices', id, { sent_by: null, sent_at: null }),
      );
      expect(outcomes(own.results)).toEqual([APPLIED, APPLIED]);
      const again = await desk('otherAgent').push(
        patch('invoices', id, { requested_by: shop.otherAgent.agentId }),
      );
      expect(outcomes(again.results)).toEqual([APPLIED]);
      expect((await stored('invoices', id))!.data.requested_by).toBe(shop.otherAgent.agentId);
    });

    it('two desks importing the same order converge on one natural id; the second put only fills blanks', async () => {
      const orderNo = '4012345678901234567';
      const id = v5(shop.shopId, 'invoices', 'import', orderNo);
      const first = await desk('agent').push(
        put(
          'invoices',
          invoice({ id, order_no: orderNo, source: 'import', requested_by: shop.agent.agentId }),
        ),
      );
      const second = await desk('otherAgent').push(
        put(
          'invoices',
          invoice({ id, order_no: orderNo, source: 'import', requested_by: shop.otherAgent.agentId }),
        ),
      );
      expect(outcomes([...first.results, ...second.results])).toEqual([APPLIED, APPLIED]);
      expect((await stored('invoices', id))!.data.requested_by).toBe(shop.agent.agentId);
    });

    it('values out of form are refused alone: 税号 in lowercase or with spaces, negative amounts, unknown kinds', async () => {
      const answer = await desk('agent').push(
        put('invoices', invoice({ tax_no: '91330106ma2b0xxxx1' })),
        put('invoices', invoice({ tax_no: '9133 0106 MA2B 0XXX X1' })),
        put('invoices', invoice({ amount_fen: -1 })),
        put('invoices', invoice({ kind: 'vat' })),
        put('invoices', invoice({ issued_on: '2026/12/08' })),
        put('invoices', invoice({ requested_by: shop.agent.agentId })),
      );
      expect(outcomes(answer.results)).toEqual([INVALID, INVALID, INVALID, INVALID, INVALID, APPLIED]);
      expect(answer.results[0]!.error!.message).toContain('tax_no');
      expect(answer.results[2]!.error!.message).toContain('amount_fen');
    });
  });

  describe('escalations (owner and supervisors; the answer is the supervisor’s)', () => {
    let escalationId: string;

    const escalation = (owner: string, values: Record<string, unknown> = {}) =>
      fullRow('escalations', {
        owner_id: owner,
        source_kind: 'task',
        source_id: randomUUID(),
        order_no: '4012345678900000001',
        buyer_nick: 'tb_angry',
        reason: '买家要求赔偿，超出客服权限',
        buyer_wants: '退款并补偿 50 元',
        complaint_steps: JSON.stringify([true, true, true, false, false, false]),
        escalated_at: 1_000,
        ...values,
      });

    beforeAll(async () => {
      const row = escalation(shop.agent.agentId);
      escalationId = row.id as string;
      expect(outcomes((await desk('agent').push(put('escalations', row))).results)).toEqual([APPLIED]);
    });

    it('the owner and supervisors read it; another agent neither reads it nor sees it in a refusal', async () => {
      expect((await desk('agent').pullAll(0)).some((r) => r.id === escalationId)).toBe(true);
      expect((await desk('supervisor').pullAll(0)).some((r) => r.id === escalationId)).toBe(true);
      expect((await desk('admin').pullAll(0)).some((r) => r.id === escalationId)).toBe(true);
      const other = desk('otherAgent');
      expect((await other.pullAll(0)).some((r) => r.id === escalationId)).toBe(false);
      const before = await stored('escalations', escalationId);
      const refused = await other.push(patch('escalations', escalationId, { buyer_wants: '改一下' }));
      expect(outcomes(refused.results)).toEqual([FORBIDDEN]);
      expect(refused.results[0]!.serverRow).toBeNull();
      expect(await stored('escalations', escalationId)).toEqual(before);
    });

    it('the agent cannot answer, take over or mark its own escalation answered', async () => {
      const before = await stored('escalations', escalationId);
      const answer = await desk('agent').push(
        patch('escalations', escalationId, { answer: '同意补偿' }),
        patch('escalations', escalationId, { status: 'answered' }),
        patch('escalations', escalationId, { status: 'taken_over', taken_over_by: shop.agent.agentId }),
        patch('escalations', escalationId, { first_answer_at: 2_000 }),
        put('escalations', escalation(shop.agent.agentId, { answer: '自己回答', status: 'answered' })),
        // Its own fields stay its own.
        patch('escalations', escalationId, { buyer_wants: '退款即可' }),
      );
      expect(outcomes(answer.results)).toEqual([
        FORBIDDEN,
        FORBIDDEN,
        FORBIDDEN,
        FORBIDDEN,
        FORBIDDEN,
        APPLIED,
      ]);
      expect((await stored('escalations', escalationId))!.data).toMatchObject({
        ...before!.data,
        buyer_wants: '退款即可',
      });
    });

    it('a supervisor answers under its own name; the agent sees the answer and closes the case', async () => {
      const forged = await desk('supervisor').push(
        patch('escalations', escalationId, {
          status: 'answered',
          answer: '同意补偿 20 元',
          answered_by: shop.otherAgent.agentId,
          first_answer_at: 2_000,
        }),
      );
      expect(outcomes(forged.results)).toEqual([FORBIDDEN]);
      const answered = await desk('supervisor').push(
        patch('escalations', escalationId, {
          status: 'answered',
          answer: '同意补偿 20 元',
          answered_by: shop.supervisor.agentId,
          first_answer_at: 2_000,
        }),
      );
      expect(outcomes(answered.results)).toEqual([APPLIED]);
      const seen = (await desk('agent').pullAll(0)).find((r) => r.id === escalationId);
      expect(seen!.data).toMatchObject({ status: 'answered', answer: '同意补偿 20 元' });

      const agent = await desk('agent').push(
        // From answered the agent only closes: not back to open.
        patch('escalations', escalationId, { status: 'open' }),
        patch('escalations', escalationId, {
          status: 'closed',
          closed_at: 3_000,
          closed_by: shop.agent.agentId,
        }),
      );
      expect(outcomes(agent.results)).toEqual([FORBIDDEN, APPLIED]);
      expect((await stored('escalations', escalationId))!.data).toMatchObject({
        status: 'closed',
        answer: '同意补偿 20 元',
        answered_by: shop.supervisor.agentId,
        closed_by: shop.agent.agentId,
      });
    });

    it("a supervisor takes over another agent's case; an agent cannot escalate in a colleague's name", async () => {
      const row = escalation(shop.otherAgent.agentId);
      await desk('otherAgent').push(put('escalations', row));
      const taken = await desk('supervisor').push(
        patch('escalations', row.id as string, {
          status: 'taken_over',
          taken_over_by: shop.supervisor.agentId,
        }),
      );
      expect(outcomes(taken.results)).toEqual([APPLIED]);
      const squat = await desk('agent').push(put('escalations', escalation(shop.otherAgent.agentId)));
      expect(outcomes(squat.results)).toEqual([FORBIDDEN]);
    });
  });

  describe('briefings (supervisors write, everyone reads) and briefing_reads (own)', () => {
    const day = '2026-12-08';
    let briefingId: string;

    const briefing = (values: Record<string, unknown>) =>
      fullRow('briefings', {
        day,
        activities: '双12 预热：全场满 299 减 30',
        focus_products: '羊毛围巾、羊绒大衣',
        notes: '发票问题一律按店铺规范回答',
        phrase_ids: JSON.stringify([randomUUID()]),
        published_at: 1_000,
        ...values,
      });

    beforeAll(async () => {
      briefingId = v5(shop.shopId, 'briefings', day);
      const answer = await desk('supervisor').push(
        put(
          'briefings',
          briefing({
            id: briefingId,
            owner_id: shop.supervisor.agentId,
            published_by: shop.supervisor.agentId,
          }),
        ),
      );
      expect(outcomes(answer.results)).toEqual([APPLIED]);
    });

    it('every agent reads the day’s briefing; no agent writes one, not even as its own personal row', async () => {
      for (const who of ['agent', 'otherAgent'] as const)
        expect((await desk(who).pullAll(0)).some((r) => r.id === briefingId)).toBe(true);
      const before = await stored('briefings', briefingId);
      const answer = await desk('agent').push(
        patch('briefings', briefingId, { notes: '改' }),
        put('briefings', briefing({ owner_id: shop.agent.agentId, published_by: shop.agent.agentId })),
        put(
          'briefings',
          briefing({ owner_id: shop.agent.agentId, scope: 'personal', published_by: shop.agent.agentId }),
        ),
        put('briefings', briefing({ id: v5(shop.shopId, 'briefings', '2026-12-09'), day: '2026-12-09' })),
      );
      expect(outcomes(answer.results)).toEqual([FORBIDDEN, FORBIDDEN, FORBIDDEN, ['rejected', 'reservedId']]);
      expect(await stored('briefings', briefingId)).toEqual(before);
    });

    it('a supervisor publishes only under its own name; days and the phrase list are checked', async () => {
      const tooMany = JSON.stringify(Array.from({ length: 21 }, () => randomUUID()));
      const answer = await desk('supervisor').push(
        patch('briefings', briefingId, { published_by: shop.agent.agentId }),
        put('briefings', briefing({ day: '12/08/2026' })),
        put('briefings', briefing({ phrase_ids: tooMany })),
        patch('briefings', briefingId, { notes: '今天重点：专票资料核对' }),
      );
      expect(outcomes(answer.results)).toEqual([FORBIDDEN, INVALID, INVALID, APPLIED]);
    });

    it('an agent marks it read for itself only; supervisors see every read', async () => {
      const readId = (agentId: string) => v5(shop.shopId, 'briefing_reads', agentId, briefingId);
      const read = (id: string, owner: string) =>
        fullRow('briefing_reads', { id, owner_id: owner, briefing_id: briefingId, read_at: 5_000 });
      const mine = read(readId(shop.agent.agentId), shop.agent.agentId);
      expect(outcomes((await desk('agent').push(put('briefing_reads', mine))).results)).toEqual([APPLIED]);

      const other = desk('otherAgent');
      const squat = await other.push(
        // The colleague's row, in its name or under its natural id.
        patch('briefing_reads', mine.id as string, { read_at: 6_000 }),
        put('briefing_reads', read(randomUUID(), shop.agent.agentId)),
        put('briefing_reads', read(readId(shop.agent.agentId), shop.otherAgent.agentId)),
        put('briefing_reads', read(readId(shop.otherAgent.agentId), shop.otherAgent.agentId)),
      );
      expect(outcomes(squat.results)).toEqual([FORBIDDEN, FORBIDDEN, FORBIDDEN, APPLIED]);
      expect(squat.results[0]!.serverRow).toBeNull();

      expect((await other.pullAll(0)).some((r) => r.id === mine.id)).toBe(false);
      const seen = (await desk('supervisor').pullAll(0)).filter((r) => r.table === 'briefing_reads');
      expect(seen.map((r) => r.data.owner_id).sort()).toEqual(
        [shop.agent.agentId, shop.otherAgent.agentId].sort(),
      );
      // A supervisor reads them, it does not mark an agent's read.
      const supervisor = await desk('supervisor').push(
        patch('briefing_reads', mine.id as string, { read_at: 7_000 }),
      );
      expect(outcomes(supervisor.results)).toEqual([FORBIDDEN]);
    });
  });
});
