import { describe, expect, it } from 'vitest';
import { reconcile, type ExistingRuleTask, type RuleChange } from './task-reconcile';
import type { DesiredTask } from './task-rules';

const reason = () => 'tasks.autoClose.paid';
const urge: DesiredTask = { kind: 'urgePayment', priority: 'normal', dueAt: 100 };
const task = (facts: Partial<ExistingRuleTask>): ExistingRuleTask => ({
  id: 't1',
  kind: 'urgePayment',
  status: 'open',
  note: '',
  ...facts,
});

/** What the database would hold after applying `changes`. */
function applied(existing: ExistingRuleTask[], changes: RuleChange[]): ExistingRuleTask[] {
  const next = existing.map((t) => ({ ...t }));
  for (const change of changes) {
    if (change.type === 'create')
      next.push({ id: `new-${change.kind}`, kind: change.kind, status: 'open', note: '' });
    else {
      const row = next.find((t) => t.id === change.id)!;
      row.status = change.type === 'reopen' ? 'open' : 'cancelled';
      row.note = change.note;
    }
  }
  return next;
}

describe('reconcile', () => {
  it('creates what is wanted and missing', () => {
    expect(reconcile([], [urge], reason)).toEqual([{ type: 'create', ...urge }]);
  });

  it('is idempotent: applying the changes and reconciling again changes nothing', () => {
    const verify: DesiredTask = { kind: 'verifyAddress', priority: 'normal', dueAt: 200 };
    let existing: ExistingRuleTask[] = [task({ kind: 'shipNotice', id: 's1' })];
    existing = applied(existing, reconcile(existing, [urge, verify], reason));
    expect(reconcile(existing, [urge, verify], reason)).toEqual([]);
  });

  it('cancels an open or snoozed task whose cause is gone, keeping the agent’s note', () => {
    expect(reconcile([task({ note: '买家说晚上付' })], [], reason)).toEqual([
      { type: 'close', id: 't1', kind: 'urgePayment', note: '买家说晚上付\ntasks.autoClose.paid' },
    ]);
    expect(reconcile([task({ status: 'snoozed' })], [], reason)).toHaveLength(1);
  });

  it('reopens a task a rule closed when its cause comes back, without the reason line', () => {
    const closed = task({ status: 'cancelled', note: '买家说晚上付\ntasks.autoClose.paid' });
    expect(reconcile([closed], [urge], reason)).toEqual([
      { type: 'reopen', id: 't1', ...urge, note: '买家说晚上付' },
    ]);
  });

  it('leaves the agent’s decisions alone: done stays done, a cancel by hand stays cancelled', () => {
    expect(reconcile([task({ status: 'done' })], [urge], reason)).toEqual([]);
    expect(reconcile([task({ status: 'cancelled', note: '重复订单' })], [urge], reason)).toEqual([]);
    expect(reconcile([task({ status: 'done' })], [], reason)).toEqual([]);
  });
});
