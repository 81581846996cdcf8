/**
 * The floor an order import is measured against (issue 14, item 20), in a process of its own like
 * the import's scenarios (order-import-desk.ts): the same generated GBK file, decoded with the
 * decoder the import uses (`TextDecoder('gb18030')`), parsed with the import's own CSV reader
 * (csv-records.ts; the import no longer uses csv-parse, which is several times slower), and
 * written with plain prepared INSERTs into a fresh database made by the app's migrations, in one
 * transaction. Nothing else: values straight from the cells with the least mapping the columns
 * need (the `="…"` around an order number, yuan to fen, wall time to epoch, status text to its
 * code), random UUID keys, no validation, no natural-id claims, no lookups, no plan.
 *
 * Written: every order, its one item line, each buyer once (at its first order, with that
 * order's phone and address) and, for an order with a seller remark, its remark-history row, as
 * the import writes them. Into the schema as the migrations made it, with what the import sets
 * aside for a big write on a desk not bound to a server (bulk-write-schema.ts, used as it is):
 * the outbox triggers dropped and the list indexes dropped and rebuilt inside the transaction.
 * The same end state, so the import's own shortcut counts in the floor too: kept up row by row,
 * the indexes made this floor slower than the import itself (17.6–24.3 s against 16.4–19.5 s in
 * the run that found it, under the same load). The connection is set up like the import
 * thread's (order-import-worker.ts): foreign keys on, synchronous NORMAL, a 64 MiB page cache,
 * the checkpoint after the clock stops.
 * Prints one JSON line.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/open-database';
import { withBulkWriteSchema } from '../../electron/core/orders/bulk-write-schema';
import { readCsvRecords } from '../../electron/core/orders/csv-records';
import { taobaoOrdersCsv } from '../order-fixture-rows';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const bytes = taobaoOrdersCsv(rows);
const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-floor-'));
const database = openDatabase({ file: join(dir, 'kefu.sqlite') });
const { sqlite } = database;
sqlite.pragma('cache_size = -65536');
sqlite.pragma('wal_autocheckpoint = 0');

const SHOP = '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f';
const AGENT = 'KF007';
const STATUS: Record<string, string> = {
  等待买家付款: 'unpaid',
  '买家已付款，等待卖家发货': 'paid',
  '卖家已发货，等待买家确认': 'shipped',
  交易成功: 'completed',
  交易关闭: 'closed',
};
const PARSE_RECORDS = 2000;

const insertCustomer = sqlite.prepare(
  `insert into customers (id, shop_id, scope, created_at, updated_at, platform, nick, phones, addresses)
   values (?, ?, 'team', ?, ?, 'taobao', ?, ?, ?)`,
);
const insertOrder = sqlite.prepare(
  `insert into orders (id, shop_id, scope, created_at, updated_at, platform, order_no, customer_id,
     buyer_nick, status, total_fen, paid_fen, postage_fen, receiver_name, receiver_phone,
     receiver_address, buyer_message, courier, tracking_no, ordered_at, paid_at, shipped_at, remark,
     imported_at)
   values (?, ?, 'team', ?, ?, 'taobao', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const insertItem = sqlite.prepare(
  `insert into order_items (id, shop_id, scope, created_at, updated_at, order_id, title, quantity, price_fen)
   values (?, ?, 'team', ?, ?, ?, ?, ?, ?)`,
);
const insertRemark = sqlite.prepare(
  `insert into order_remarks (id, shop_id, scope, created_at, updated_at, order_id, remark, agent_code, remarked_at)
   values (?, ?, 'team', ?, ?, ?, ?, ?, ?)`,
);

const fen = (cell: string) => (cell === '' ? 0 : Math.round(Number(cell) * 100));
/** The generated shop is in China (UTC+8, no daylight saving). */
const time = (cell: string) => (cell === '' ? null : Date.parse(`${cell.replace(' ', 'T')}+08:00`));
const stripped = (cell: string) => (cell.startsWith('="') ? cell.slice(2, -1) : cell.replace(/^'/, ''));

const started = performance.now();
const text = new TextDecoder('gb18030').decode(bytes);
const decoded = performance.now();
let parseMs = 0;
const written = { customers: 0, orders: 0, items: 0, remarks: 0 };
const now = Date.now();

/** Indexes and triggers of the written tables: all back once the write commits. */
const schemaObjects = () =>
  sqlite
    .prepare(
      `select count(*) from sqlite_schema where type in ('index', 'trigger')
         and tbl_name in ('customers', 'orders', 'order_items', 'order_remarks')`,
    )
    .pluck()
    .get() as number;
const schemaBefore = schemaObjects();
sqlite.exec('begin immediate');
let inserted = 0;
let at = 0;
let column: Record<string, number> = {};
const customerIds = new Map<string, string>();
function writeAll(): void {
  while (at < text.length) {
    const parseStart = performance.now();
    const step = readCsvRecords(text, at, PARSE_RECORDS);
    parseMs += performance.now() - parseStart;
    at = step.next;
    let records = step.records;
    if (Object.keys(column).length === 0) {
      column = Object.fromEntries(records[0]!.map((header, index) => [header.trim(), index]));
      records = records.slice(1);
    }
    for (const cells of records) {
      const cell = (header: string) => cells[column[header]!]!;
      const nick = cell('买家会员名');
      const phone = stripped(cell('联系手机'));
      const address = cell('收货地址');
      let customerId = customerIds.get(nick);
      if (customerId === undefined) {
        customerId = randomUUID();
        customerIds.set(nick, customerId);
        insertCustomer.run(
          customerId,
          SHOP,
          now,
          now,
          nick,
          JSON.stringify([phone]),
          JSON.stringify([address]),
        );
        written.customers += 1;
      }
      const orderId = randomUUID();
      const status = STATUS[cell('订单状态')]!;
      const orderedAt = time(cell('订单创建时间'));
      const paidAt = time(cell('订单付款时间'));
      const remark = cell('订单备注');
      insertOrder.run(
        orderId,
        SHOP,
        now,
        now,
        stripped(cell('订单编号')),
        customerId,
        nick,
        status,
        fen(cell('总金额')),
        fen(cell('买家实际支付金额')),
        fen(cell('买家应付邮费')),
        cell('收货人姓名'),
        phone,
        address,
        cell('买家留言'),
        cell('物流公司'),
        cell('物流单号'),
        orderedAt,
        paidAt,
        status === 'shipped' || status === 'completed' ? (paidAt ?? orderedAt) : null,
        remark,
        now,
      );
      insertItem.run(
        randomUUID(),
        SHOP,
        now,
        now,
        orderId,
        cell('宝贝标题'),
        Number(cell('宝贝总数量')),
        fen(cell('买家应付货款')),
      );
      written.orders += 1;
      written.items += 1;
      if (remark !== '') {
        insertRemark.run(randomUUID(), SHOP, now, now, orderId, remark, AGENT, now);
        written.remarks += 1;
      }
    }
  }
  inserted = performance.now();
}
withBulkWriteSchema(sqlite, rows, writeAll);
const rebuilt = performance.now();
sqlite.exec('commit');
const committed = performance.now();

const schemaAfter = schemaObjects();
if (schemaAfter !== schemaBefore)
  throw new Error(`schema objects ${schemaBefore} before, ${schemaAfter} after`);
const count = (table: string) => sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
const seconds = (ms: number) => Math.round(ms / 10) / 100;
console.log(
  JSON.stringify({
    scenario: 'floor',
    rows,
    fileMB: Math.round(bytes.length / 1e4) / 100,
    written,
    ordersStored: count('orders'),
    itemsStored: count('order_items'),
    customersStored: count('customers'),
    remarksStored: count('order_remarks'),
    decodeSeconds: seconds(decoded - started),
    parseSeconds: seconds(parseMs),
    insertSeconds: seconds(inserted - decoded - parseMs),
    putBackSeconds: seconds(rebuilt - inserted),
    commitSeconds: seconds(committed - rebuilt),
    totalSeconds: seconds(committed - started),
  }),
);
database.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
