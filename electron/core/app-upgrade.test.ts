/**
 * An app upgrade that adds migrations loses nothing: `db/test-fixtures/kefu-0.1.0.sqlite` was
 * written by release 0.1.0 (see db/test-fixtures/README.md) after a day of work — orders imported
 * from the Taobao export, a red-flag remark, rule tasks, two inquiries, a phrase use, a checked
 * SOP step and the day's 日报. The current build opens it, migrates it, and every row and value
 * the agent had is still there and readable through the services.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultMigrationsFolder,
  openDatabase,
  shippedSchemaVersion,
  type OpenedDatabase,
} from '../../db/open-database';
import { createCoreServices } from './core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from './platform/headless-shell';
import { createMemoryNotifier } from './test-support/memory-notifier';

const FIXTURE = fileURLToPath(new URL('../../db/test-fixtures/kefu-0.1.0.sqlite', import.meta.url));

const SNAPSHOT_QUERIES = {
  orders: 'select id, order_no, buyer_nick, status, total_fen, remark, remark_flag from orders order by id',
  remarks: 'select order_id, remark, flag, reason, agent_code from order_remarks order by id',
  customers: 'select id, nick from customers order by id',
  tasks: 'select id, kind, status, order_id, due_at from tasks order by id',
  inquiries: 'select id, product, outcome, loss_reason, note from inquiries order by id',
  usages: 'select id, phrase_id, action from phrase_usages order by id',
  checked: 'select id, checked_at, note from checklist_items where checked_at is not null order by id',
  dailyLogs: 'select id, day, payload from daily_logs order by id',
  settings: 'select key, value from settings order by key',
  phrases: 'select count(*) as n from phrases',
} as const;

function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      Object.entries(SNAPSHOT_QUERIES).map(([name, sql]) => [name, db.prepare(sql).all()]),
    );
  } finally {
    db.close();
  }
}

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

describe('upgrading a 0.1.0 database', () => {
  it('applies the new migrations and keeps every row the agent had', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-upgrade-')), 'kefu.sqlite');
    copyFileSync(FIXTURE, file);
    const before = snapshot(file);
    expect(before.orders).toHaveLength(8);
    expect(before.inquiries).toHaveLength(2);
    expect(before.checked).toHaveLength(1);
    expect(before.dailyLogs).toHaveLength(1);
    expect(before.remarks).toContainEqual(
      expect.objectContaining({
        remark: '改地址：杭州市西湖区文三路 90 号',
        flag: 'red',
        agent_code: 'KF007',
      }),
    );

    const database = openDatabase({ file });
    opened.push(database);
    expect(database.schemaVersion).toBe(shippedSchemaVersion(defaultMigrationsFolder()));
    expect(database.schemaVersion).toBeGreaterThan(5);
    expect(database.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    database.close();
    opened.pop();
    expect(snapshot(file)).toEqual(before);

    // And the agent's day reads the same through the current services.
    const reopened = openDatabase({ file });
    opened.push(reopened);
    const core = createCoreServices({
      database: reopened,
      clock: { now: () => Date.UTC(2026, 10, 20, 2) },
      shell: HEADLESS_SHELL,
      injector: HEADLESS_INJECTOR,
      notifier: createMemoryNotifier(),
      dataDir: tmpdir(),
      appVersion: 'test',
    });
    expect(core.settings.identity()?.agentCode).toBe('KF007');
    const flagged = core.orders.list({
      flag: 'red',
      sortBy: 'orderedAt',
      sortDir: 'desc',
      limit: 50,
      offset: 0,
    });
    expect(flagged.orders.map((order) => order.remark)).toContain('改地址：杭州市西湖区文三路 90 号');
  });
});
