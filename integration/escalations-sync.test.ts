/**
 * 升级处理 between desks through the real server (issue 17): an agent escalates a complaint task,
 * the supervisor's desk gets it in its queue and a notice, answers, and the agent's desk shows
 * the answer with one notice however often it syncs again. Runs on the embedded server (PGlite)
 * and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryNotifier } from '../electron/core/test-support/memory-notifier';
import { POSTGRES_ENV, startServerLab, type ServerLab } from './support/server-lab';
import { openSyncedDesk } from './support/synced-desk';

const MORNING = Date.UTC(2026, 11, 6, 1, 0);
const MINUTE = 60_000;

for (const kind of ['pglite', 'postgres'] as const) {
  if (kind === 'postgres' && !process.env[POSTGRES_ENV] && process.env.KEFU_SKIP_POSTGRES === '1') {
    console.warn(`SKIPPED: escalations on PostgreSQL need ${POSTGRES_ENV} (KEFU_SKIP_POSTGRES=1 is set).`);
    continue;
  }
  describe(`escalations between desks [${kind}]`, () => {
    let lab: ServerLab;
    beforeAll(async () => {
      lab = await startServerLab(kind);
    }, 60_000);
    afterAll(() => lab?.stop());

    it('the agent escalates, the supervisor answers, the agent sees the answer and is told once', async () => {
      const [supervisor, agent] = await lab.newShop(`升级店 ${kind}`, [
        { code: 's01', role: 'supervisor' },
        { code: 'kf101', role: 'agent' },
      ]);
      let now = MORNING;
      const clock = { now: () => now };
      const desk = async (role: 'agent' | 'supervisor', token: string, prefix: string) => {
        const notifier = createMemoryNotifier();
        return { ...(await openSyncedDesk(lab.url(), token, { clock, role, prefix, notifier })), notifier };
      };
      const s = await desk('supervisor', supervisor!.token, 'kefu-esc-s-');
      const a = await desk('agent', agent!.token, 'kefu-esc-a-');

      const order = await a.call('orders.save', {
        orderNo: '5560012',
        buyerNick: 'tb_阿珍',
        totalFen: 25_800,
      });
      const task = await a.call('tasks.save', {
        kind: 'complaint',
        title: '买家投诉快递慢',
        orderId: order.id,
      });
      await a.call('tasks.setComplaintStep', { id: task.id, step: 0, done: true });
      now += MINUTE;
      const opened = await a.call('escalations.open', {
        sourceKind: 'task',
        sourceId: task.id,
        reason: '买家要求赔偿 50 元',
        buyerWants: '赔偿',
      });
      await a.sync();
      await s.sync();

      // The supervisor's queue has it, with the complaint's steps; one notice of a new case.
      const queue = await s.call('escalations.list', { status: 'active' });
      expect(queue.badge).toBe(1);
      expect(queue.items).toHaveLength(1);
      expect(queue.items[0]).toMatchObject({
        id: opened.id,
        ownerId: agent!.whoAmI.agentId,
        mine: false,
        reason: '买家要求赔偿 50 元',
        buyerNick: 'tb_阿珍',
        complaintSteps: [true, false, false, false, false, false],
        escalatedAt: MORNING + MINUTE,
      });
      await vi.waitFor(() => expect(s.notifier.sent).toHaveLength(1));
      expect(s.notifier.sent[0]).toEqual({ title: '新的升级', body: 'tb_阿珍：买家要求赔偿 50 元' });
      // The task came along (a team row): the supervisor's desk shows it with its case.
      expect(
        (await s.call('escalations.forSource', { sourceKind: 'task', sourceId: task.id })).escalation?.id,
      ).toBe(opened.id);

      now += 5 * MINUTE;
      await s.call('escalations.answer', { id: opened.id, answer: '同意补偿 20 元优惠券' });
      await s.sync();
      expect(a.notifier.sent).toEqual([]);
      await a.sync();

      const seen = await a.call('escalations.forSource', { sourceKind: 'task', sourceId: task.id });
      expect(seen.escalation).toMatchObject({
        status: 'answered',
        answer: '同意补偿 20 元优惠券',
        answeredBy: supervisor!.whoAmI.agentId,
        firstAnswerAt: MORNING + 6 * MINUTE,
      });
      await vi.waitFor(() => expect(a.notifier.sent).toHaveLength(1));
      expect(a.notifier.sent[0]).toEqual({
        title: '主管回复了你的升级',
        body: 'tb_阿珍：同意补偿 20 元优惠券',
      });
      expect((await a.call('escalations.list', {})).badge).toBe(1);

      // Syncing again brings nothing new to announce; the agent closes the answered case.
      now += MINUTE;
      await a.call('escalations.close', { id: opened.id });
      await a.sync();
      await s.sync();
      await a.sync();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(a.notifier.sent).toHaveLength(1);
      expect(s.notifier.sent).toHaveLength(1);
      expect(await s.call('escalations.get', { id: opened.id })).toMatchObject({
        status: 'closed',
        closedBy: agent!.whoAmI.agentId,
        closedAt: MORNING + 7 * MINUTE,
        firstAnswerAt: MORNING + 6 * MINUTE,
      });
      expect((await s.call('escalations.list', { status: 'active' })).badge).toBe(0);
    }, 120_000);
  });
}
