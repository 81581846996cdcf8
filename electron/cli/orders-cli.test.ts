import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { manyTaobaoOrders } from '../core/test-support/taobao-orders';
import { kefu, setUpShop } from './cli-test-harness';
import { describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('../core/orders/fixtures/taobao-orders-sample.csv', import.meta.url));

describe('kefu orders', () => {
  it('previews, imports and lists the Taobao export', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-orders-'));
    setUpShop(dir);
    const dry = kefu(dir, 'orders', 'import', FIXTURE, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ written: false, format: 'taobao', customersToCreate: 7 });
    expect(JSON.parse(kefu(dir, 'orders', 'list', '--json').out).total).toBe(0);

    const imported = kefu(dir, 'orders', 'import', FIXTURE, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ written: true, unchanged: 0, invalid: [] });

    const again = JSON.parse(kefu(dir, 'orders', 'import', FIXTURE, '--json').out);
    expect(again).toMatchObject({ written: true, toAdd: [], toUpdate: [], unchanged: 8 });

    const shipped = kefu(dir, 'orders', 'list', '--status', 'shipped');
    expect(shipped.code).toBe(0);
    expect(shipped.out).toContain('3321009876543210004');
    expect(shipped.out).toContain('已发货');
    expect(shipped.out).toContain('红旗');
    expect(shipped.out).not.toContain('3321009876543210001');
    const unpaid = JSON.parse(kefu(dir, 'orders', 'list', '--status', 'unpaid', '--json').out);
    expect(unpaid.orders.map((o: { orderNo: string }) => o.orderNo)).toEqual(['3321009876543210001']);
    // Six child processes, each opening the database: slow on a busy machine, not a hang.
  }, 60_000);

  it('imports an export over 8 MB (sent in 1 MB pieces)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-orders-'));
    setUpShop(dir);
    const big = join(dir, 'month.csv');
    const bytes = manyTaobaoOrders(32_000);
    expect(bytes.length).toBeGreaterThan(8 << 20);
    writeFileSync(big, bytes);

    const imported = kefu(dir, 'orders', 'import', big, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ written: true, added: 32_000, invalid: [] });
    expect(JSON.parse(kefu(dir, 'orders', 'list', '--json').out).total).toBe(32_000);
  }, 60_000);

  it('reports broken rows, writes nothing and exits 1; refuses an unknown status filter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-orders-'));
    setUpShop(dir);
    const broken = join(dir, 'broken.csv');
    writeFileSync(
      broken,
      iconv.encode(
        '订单编号,买家会员名,订单状态,总金额\r\n="1001",甲,已退款,1.00\r\n="1002",乙,交易成功,abc\r\n',
        'gbk',
      ),
    );
    const run = kefu(dir, 'orders', 'import', broken);
    expect(run.code).toBe(1);
    expect(run.err).toContain('订单状态: 无法识别的订单状态“已退款”');
    expect(run.err).toContain('总金额: 金额“abc”无效');
    const json = JSON.parse(kefu(dir, 'orders', 'import', broken, '--json').out);
    expect(json.invalid.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [2, '订单状态'],
      [3, '总金额'],
    ]);
    expect(JSON.parse(kefu(dir, 'orders', 'list', '--json').out).total).toBe(0);
    expect(kefu(dir, 'orders', 'list', '--status', 'lost').code).toBe(1);
  }, 60_000);
});

describe('kefu orders: joined exports and long lists', () => {
  it('imports two joined exports, counting the repeated rows as 重复行', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-orders-'));
    setUpShop(dir);
    const exported = readFileSync(FIXTURE);
    const joined = join(dir, 'joined.csv');
    writeFileSync(joined, Buffer.concat([exported, exported.subarray(exported.indexOf('\n') + 1)]));

    const run = kefu(dir, 'orders', 'import', joined);
    expect(run.code).toBe(0);
    expect(run.out).toContain('已导入：新增 8，更新 0，未变 0，新买家 7，重复行 8，无效 0');
    expect(JSON.parse(kefu(dir, 'orders', 'list', '--json').out).total).toBe(8);
  }, 60_000);

  it('pages with --limit (at most 500, said in --help and the refusal), --offset and --all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-orders-'));
    setUpShop(dir);
    const file = join(dir, 'month.csv');
    writeFileSync(file, manyTaobaoOrders(620));
    expect(kefu(dir, 'orders', 'import', file).code).toBe(0);

    expect(kefu(dir, 'orders', 'list', '--help').out).toContain('1 to 500');
    const tooMany = kefu(dir, 'orders', 'list', '--limit', '501');
    expect(tooMany.code).toBe(1);
    expect(tooMany.err).toContain('--limit 应为 1 到 500 之间的整数（收到 501）');
    expect(tooMany.err).toContain('--all');
    expect(kefu(dir, 'orders', 'list', '--limit', '12abc').code).toBe(1);
    expect(kefu(dir, 'orders', 'list', '--all', '--limit', '5').code).toBe(1);

    const numbers = (out: string) =>
      (JSON.parse(out) as { orders: { orderNo: string }[] }).orders.map((o) => o.orderNo);
    const first = numbers(kefu(dir, 'orders', 'list', '--limit', '500', '--json').out);
    const rest = numbers(kefu(dir, 'orders', 'list', '--limit', '500', '--offset', '500', '--json').out);
    expect([first.length, rest.length]).toEqual([500, 120]);
    const all = JSON.parse(kefu(dir, 'orders', 'list', '--all', '--json').out);
    expect(all.total).toBe(620);
    expect(all.orders.map((o: { orderNo: string }) => o.orderNo)).toEqual([...first, ...rest]);
    expect(new Set(all.orders.map((o: { orderNo: string }) => o.orderNo)).size).toBe(620);

    const page = kefu(dir, 'orders', 'list', '--limit', '10', '--offset', '600');
    expect(page.out.split('\n')[0]).toBe('第 601–610 个订单（共 620 个）');
  }, 60_000);
});
