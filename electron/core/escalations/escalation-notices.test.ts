/**
 * Escalation notices over a real SQLite desk: what a pull leaves in the table is announced once —
 * a supervisor hears of new cases (more than three at once as one summary), an agent of each
 * answer or take-over of its own cases, again only when the answer changes.
 */
import { describe, expect, it } from 'vitest';
import { escalations } from '../../../db/schema';
import { createTranslator } from '../i18n/translator';
import { createMemoryNotifier } from '../test-support/memory-notifier';
import { openTestDesk } from '../test-support/test-desk';
import { createEscalationNotices } from './escalation-notices';

const NOW = Date.UTC(2026, 11, 6, 2, 0);
const COLLEAGUE = '00000000-0000-4000-8000-0000000000aa';

function desk(role: 'agent' | 'supervisor') {
  const clock = { now: () => NOW };
  const { core, database } = openTestDesk({ clock, role, prefix: 'kefu-esc-notices-' });
  const notifier = createMemoryNotifier();
  const notices = createEscalationNotices({
    db: database.db,
    clock,
    notifier,
    identity: core.settings.identity,
    translate: () => createTranslator('zh-CN').t,
  });
  const who = core.settings.identity()!;
  let serial = 0;
  /** A row as a pull leaves it (written straight to the table, like the sync engine). */
  const arrive = (values: Partial<typeof escalations.$inferInsert>) => {
    serial += 1;
    const id = `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
    database.db
      .insert(escalations)
      .values({
        id,
        shopId: who.shopId,
        ownerId: COLLEAGUE,
        scope: 'personal',
        createdAt: NOW,
        updatedAt: NOW,
        sourceKind: 'order',
        sourceId: id,
        buyerNick: `买家${serial}`,
        reason: `原因${serial}`,
        escalatedAt: NOW,
        ...values,
      })
      .run();
    return id;
  };
  return { database, notifier, notices, who, arrive };
}

describe('escalation notices', () => {
  it('tells a supervisor of each new case once, and of many at once in one summary', () => {
    const d = desk('supervisor');
    d.arrive({});
    expect(d.notices.afterPull()).toBe(1);
    expect(d.notifier.sent).toEqual([{ title: '新的升级', body: '买家1：原因1' }]);
    expect(d.notices.afterPull()).toBe(0);
    for (let i = 0; i < 4; i += 1) d.arrive({});
    expect(d.notices.afterPull()).toBe(4);
    expect(d.notifier.sent.at(-1)).toEqual({
      title: '4 条新的升级',
      body: '升级队列里有 4 条新的升级等待处理',
    });
    // The supervisor's own case is not news to them.
    d.arrive({ ownerId: d.who.agentId });
    expect(d.notices.afterPull()).toBe(0);
    expect(d.notifier.sent).toHaveLength(2);
  });

  it('tells an agent of each answer to its own cases once, and of a changed answer again', () => {
    const d = desk('agent');
    const mine = d.arrive({ ownerId: d.who.agentId });
    d.arrive({ status: 'answered', answer: '别人的答复' });
    expect(d.notices.afterPull()).toBe(0);
    const answer = (text: string) =>
      d.database.sqlite
        .prepare(`update escalations set status = 'answered', answer = ? where id = ?`)
        .run(text, mine);
    answer('同意退款');
    expect(d.notices.afterPull()).toBe(1);
    expect(d.notices.afterPull()).toBe(0);
    answer('改为补偿 10 元');
    expect(d.notices.afterPull()).toBe(1);
    expect(d.notifier.sent).toEqual([
      { title: '主管回复了你的升级', body: '买家1：同意退款' },
      { title: '主管回复了你的升级', body: '买家1：改为补偿 10 元' },
    ]);
  });
});
