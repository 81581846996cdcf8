/**
 * Crash safety: the web host is killed with SIGKILL in the middle of an order import (while the
 * file is read, inside the write transaction, right after the commit), a phrase import and a
 * daily-log export. After each kill the database passes `PRAGMA quick_check`, the import is all
 * there or not there at all, and repeating the work ends with exactly one copy of everything.
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { taobaoOrdersCsv } from '../../bench/order-fixture-rows';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';
import { startHostProcess, type HostProcess } from './test-support/host-process';

const running: HostProcess[] = [];
afterEach(async () => {
  for (const host of running.splice(0)) await host.kill().catch(() => undefined);
});

async function start(dataDir: string): Promise<HostProcess> {
  const host = await startHostProcess(dataDir);
  running.push(host);
  return host;
}

/** Opens the file the way a fresh start would, checks it, and counts rows. */
function inspect(dataDir: string) {
  const db = new Database(join(dataDir, 'kefu.sqlite'), { readonly: true });
  try {
    const count = (table: string) => db.prepare(`select count(*) from ${table}`).pluck().get() as number;
    return {
      quickCheck: db.pragma('quick_check', { simple: true }),
      orders: count('orders'),
      orderItems: count('order_items'),
      phrases: count('phrases'),
      dailyLogs: count('daily_logs'),
    };
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGKILL of the web host', () => {
  it('during an order import leaves all or nothing, and the next import adds each order once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-crash-orders-'));
    const ORDERS = 20_000;
    const file = { fileName: '已卖出的宝贝.csv', contentBase64: taobaoOrdersCsv(ORDERS).toString('base64') };
    const wal = join(dataDir, 'kefu.sqlite-wal');
    const walSize = () => (existsSync(wal) ? statSync(wal).size : 0);

    let host = await start(dataDir);
    expect((await host.call('settings.save', SAMPLE_SETTINGS)).ok).toBe(true);

    // While the file is still being read: nothing written.
    host.send('orders.importApply', file);
    await sleep(50);
    await host.kill();
    expect(inspect(dataDir)).toMatchObject({ quickCheck: 'ok', orders: 0, orderItems: 0 });

    // Inside the write transaction: its uncommitted pages are spilling into the WAL.
    host = await start(dataDir);
    const walBefore = walSize();
    host.send('orders.importApply', file);
    const giveUpAt = Date.now() + 30_000;
    while (walSize() < walBefore + 4_000_000) {
      if (Date.now() > giveUpAt) throw new Error('the import never started writing: the WAL did not grow');
      await sleep(5);
    }
    await host.kill();
    const midWrite = inspect(dataDir);
    expect(midWrite.quickCheck).toBe('ok');
    expect(midWrite.orders).toBe(0);
    expect(midWrite.orderItems).toBe(0);

    // Right after the answer: a committed import survives the kill.
    host = await start(dataDir);
    expect((await host.call('orders.importApply', file)).ok).toBe(true);
    await host.kill();
    const committed = inspect(dataDir);
    expect(committed).toMatchObject({ quickCheck: 'ok', orders: ORDERS });

    host = await start(dataDir);
    const again = (await host.call('orders.importApply', file)) as { ok: true; value: { toAdd: unknown[] } };
    expect(again.value.toAdd).toHaveLength(0);
    expect(inspect(dataDir)).toMatchObject({ orders: ORDERS, orderItems: committed.orderItems });
    await host.stop();
  }, 120_000);

  it('during a phrase import and a daily-log export leaves a consistent file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-crash-phrases-'));
    const PHRASES = 3_000;
    const csv = [
      '分组,快捷编码,短语内容,阶段',
      ...Array.from(
        { length: PHRASES },
        (_, i) => `大促话术,dc${i},亲，双十二第 ${i} 条：满 300 减 40，48 小时内发货。,售前`,
      ),
    ].join('\r\n');
    const file = { fileName: '大促话术.csv', contentBase64: Buffer.from(`\uFEFF${csv}`).toString('base64') };
    let host = await start(dataDir);
    expect((await host.call('settings.save', SAMPLE_SETTINGS)).ok).toBe(true);
    const seeded = inspect(dataDir).phrases;
    for (const delay of [5, 60, 250]) {
      host.send('phrases.importApply', file);
      host.send('reports.export', { from: '2026-11-24', to: '2026-11-24', format: 'xlsx' });
      await sleep(delay);
      await host.kill();
      const after = inspect(dataDir);
      expect(after.quickCheck).toBe('ok');
      expect([seeded, seeded + PHRASES]).toContain(after.phrases);
      host = await start(dataDir);
    }
    const applied = await host.call('phrases.importApply', file);
    expect(applied.ok).toBe(true);
    expect(inspect(dataDir).phrases).toBe(seeded + PHRASES);
    await host.stop();
  }, 120_000);
});
