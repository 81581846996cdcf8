/**
 * The shop's roster on every desk (GET /v1/team, issue 17): after a sync a desk names the agents
 * whose ids its synced rows carry — desk B's invoice detail names desk A's agent as collector,
 * a supervisor's escalation queue names the agent with no daily log on the desk — and a server
 * that answers the roster with 404 leaves sync working and the last roster in place. Real SQLite
 * desks and a real server on the embedded PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../electron/core/sync/http-transport';
import type { SyncTransport } from '../electron/core/sync/sync-transport';
import { SYNC_PATHS } from '../common/sync/protocol';
import { POSTGRES_ENV, startServerLab, type ServerLab } from './support/server-lab';
import { openSyncedDesk } from './support/synced-desk';

const MORNING = Date.UTC(2026, 11, 7, 2, 12);
const MINUTE = 60_000;

for (const kind of ['pglite', 'postgres'] as const) {
  if (kind === 'postgres' && !process.env[POSTGRES_ENV] && process.env.KEFU_SKIP_POSTGRES === '1') {
    console.warn(
      `SKIPPED: the team roster on PostgreSQL needs ${POSTGRES_ENV} (KEFU_SKIP_POSTGRES=1 is set).`,
    );
    continue;
  }
  describe(`the team roster between desks [${kind}]`, () => {
    let lab: ServerLab;
    beforeAll(async () => {
      lab = await startServerLab(kind);
    }, 60_000);
    afterAll(() => lab?.stop());

    let now = MORNING;
    const clock = { now: () => now };
    const desk = async (
      role: 'agent' | 'supervisor',
      token: string,
      prefix: string,
      syncTransport?: (server: { serverUrl: string; token: string }) => SyncTransport,
    ) => {
      const opened = await openSyncedDesk(lab.url(), token, {
        clock,
        role,
        prefix,
        ...(syncTransport && { syncTransport }),
      });
      const agentRows = () =>
        opened.database.sqlite
          .prepare(
            'select id, agent_code, name, role from agents where deleted_at is null order by agent_code',
          )
          .all() as { id: string; agent_code: string; name: string; role: string }[];
      return { ...opened, agentRows };
    };

    it("desk B's invoice names desk A's collector; the supervisor's queue names the agent without a daily log", async () => {
      const [supervisor, a, b] = await lab.newShop(`名册店 ${kind}`, [
        { code: 'S01', role: 'supervisor' },
        { code: 'KF007', role: 'agent' },
        { code: 'KF008', role: 'agent' },
      ]);
      const deskA = await desk('agent', a!.token, 'kefu-roster-a-');
      const deskB = await desk('agent', b!.token, 'kefu-roster-b-');
      const deskS = await desk('supervisor', supervisor!.token, 'kefu-roster-s-');

      // Binding alone brought the roster: every agent of the shop, the signed-in one kept as is.
      expect(deskB.agentRows().map((r) => [r.agent_code, r.name, r.role])).toEqual([
        ['KF007', '客服KF007', 'agent'],
        ['KF008', '客服KF008', 'agent'],
        ['S01', '客服S01', 'supervisor'],
      ]);
      expect(deskB.agentRows().find((r) => r.agent_code === 'KF008')!.id).toBe(b!.whoAmI.agentId);
      expect(deskB.core.settings.get()).toMatchObject({ agent: { agentCode: 'KF008', name: '客服KF008' } });
      // agents is not synced: nothing of the roster went to the outbox.
      expect(deskB.count("sync_outbox where name like 'agents.%'")).toBe(0);

      const order = await deskA.call('orders.save', {
        orderNo: '7100007',
        buyerNick: 'tb_小满',
        totalFen: 9_900,
        paidFen: 9_900,
      });
      const { invoice } = await deskA.call('invoices.collect', {
        orderNo: '7100007',
        titleKind: 'personal',
        title: '王小满',
        kind: 'electronic',
        email: 'xm@example.com',
        amountFen: 9_900,
      });
      now += MINUTE;
      await deskA.sync();
      await deskB.sync();
      const seen = await deskB.call('invoices.get', { id: invoice.id });
      expect(seen.actors.requestedBy).toEqual({
        id: a!.whoAmI.agentId,
        agentCode: 'KF007',
        name: '客服KF007',
      });
      expect(seen.actors.registeredBy).toBeNull();
      // B registers it: both desks name B for that step and A for the collection.
      await deskB.call('invoices.step', { id: invoice.id, step: 'register' });
      await deskB.sync();
      await deskA.sync();
      const onA = (await deskA.call('invoices.list', {})).invoices.find((i) => i.id === invoice.id)!;
      expect(onA.actors).toMatchObject({
        requestedBy: { agentCode: 'KF007', name: '客服KF007' },
        registeredBy: { id: b!.whoAmI.agentId, agentCode: 'KF008', name: '客服KF008' },
      });

      const task = await deskA.call('tasks.save', {
        kind: 'complaint',
        title: '买家投诉发票慢',
        orderId: order.id,
      });
      await deskA.call('escalations.open', {
        sourceKind: 'task',
        sourceId: task.id,
        reason: '买家催发票',
        buyerWants: '今天开',
      });
      await deskA.sync();
      await deskS.sync();
      // No daily log names the agent on the supervisor's desk: the roster alone does.
      deskS.database.sqlite.exec('delete from daily_logs');
      const queue = await deskS.call('escalations.list', { status: 'active' });
      expect(queue.items).toHaveLength(1);
      expect(queue.items[0]).toMatchObject({ ownerCode: 'KF007', ownerName: '客服KF007' });
    });

    it('a server without the roster (404) leaves sync working and the last roster in place', async () => {
      const [agent, other] = await lab.newShop(`旧服务器店 ${kind}`, [
        { code: 'KF101', role: 'agent' },
        { code: 'KF102', role: 'agent' },
      ]);
      let rosterAnswers = true;
      let asked = 0;
      // An older server: GET /v1/team is no endpoint there, answered 404 in its error shape.
      const transport = (server: { serverUrl: string; token: string }): SyncTransport => {
        const oldServer: typeof fetch = async (input, init) => {
          if (String(input).endsWith(SYNC_PATHS.team)) {
            asked += 1;
            if (!rosterAnswers)
              return new Response(
                JSON.stringify({ error: { code: 'notFound', message: 'GET /v1/team: no such endpoint.' } }),
                { status: 404, headers: { 'content-type': 'application/json' } },
              );
          }
          return fetch(input, init);
        };
        return createHttpTransport({ ...server, appVersion: '0.1.0', fetch: oldServer });
      };
      const d = await desk('agent', agent!.token, 'kefu-roster-404-', transport);
      expect(asked).toBe(1);
      expect(d.agentRows().map((r) => r.agent_code)).toEqual(['KF101', 'KF102']);

      rosterAnswers = false;
      // Within 10 minutes the roster is not asked again.
      now += MINUTE;
      await d.sync();
      expect(asked).toBe(1);
      now += 10 * MINUTE;
      await d.call('orders.save', { orderNo: '7100101', buyerNick: 'tb_阿福', totalFen: 1_000 });
      const result = await d.core.sync.now();
      expect(asked).toBe(2);
      expect(result).toMatchObject({ state: 'synced', issues: 0, pending: 0 });
      expect(d.core.sync.status()).toMatchObject({ state: 'synced' });
      // The last roster stays; the order went up.
      expect(d.agentRows().map((r) => r.agent_code)).toEqual(['KF101', 'KF102']);
      expect((await lab.rowsOf(other!.whoAmI.shopId)).some((r) => r.table === 'orders')).toBe(true);
    });
  });
}
