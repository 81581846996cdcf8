import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kefu, openSetUpShop } from './cli-test-harness';
import { describe, expect, it } from 'vitest';
import { orders } from '../../db/schema';
import type { TaskList } from '../core/tasks/task-schema';
import { createStderrNotifier } from './stderr-notifier';

/** A set-up shop with one order that has been unpaid since an hour ago. */
function shopWithUnpaidOrder(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-tasks-cli-'));
  const { database, core } = openSetUpShop(dataDir, () => Date.now());
  const at = Date.now() - 3_600_000;
  database.db
    .insert(orders)
    .values({
      id: '00000000-0000-4000-8000-000000000001',
      shopId: core.settings.identity()!.shopId,
      createdAt: at,
      updatedAt: at,
      orderNo: '2890345512',
      buyerNick: 'tb_小鹿',
      status: 'unpaid',
      orderedAt: at,
    })
    .run();
  database.close();
  return dataDir;
}

describe('kefu tasks', () => {
  it('run-rules creates the 催付 task once and says so in the agent’s language', () => {
    const dir = shopWithUnpaidOrder();
    const first = kefu(dir, 'tasks', 'run-rules', '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({ created: 1, reopened: 0, closed: 0 });
    const again = kefu(dir, 'tasks', 'run-rules');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0/);
    expect(again.out).not.toMatch(/rulesRan/);
  });

  it('lists the tasks as JSON and as text, and refuses an unknown --due', () => {
    const dir = shopWithUnpaidOrder();
    kefu(dir, 'tasks', 'run-rules');
    const all = JSON.parse(kefu(dir, 'tasks', 'list', '--json').out) as TaskList;
    expect([...all.overdue, ...all.today, ...all.upcoming].map((t) => t.kind)).toEqual(['urgePayment']);
    // Due at today's cut-off or, for an order placed after it, tomorrow's: --due today leaves the latter out.
    const today = JSON.parse(kefu(dir, 'tasks', 'list', '--due', 'today', '--json').out) as TaskList;
    expect(today.upcoming).toEqual([]);
    expect(today.overdue.length + today.today.length).toBe(all.overdue.length + all.today.length);
    const text = kefu(dir, 'tasks', 'list');
    expect(text.code).toBe(0);
    expect(text.out).toContain('2890345512');
    expect(text.out).toContain('催付');
    const bad = kefu(dir, 'tasks', 'list', '--due', 'tomorrow');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('tomorrow');
  });
});

describe('stderr notifier', () => {
  it('writes the reminder as one line', () => {
    const lines: string[] = [];
    createStderrNotifier((line) => lines.push(line)).notify({
      title: '跟进任务到期',
      body: '催付：订单 1',
      taskId: 'x',
    });
    expect(lines).toEqual(['跟进任务到期: 催付：订单 1\n']);
  });
});
