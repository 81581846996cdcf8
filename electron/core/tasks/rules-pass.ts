/**
 * Runs the rules over orders and writes the changes, in one write transaction. This is the hot
 * path of the "100,000 orders ≤ 1 s" budget, so it uses prepared statements on the raw SQLite
 * handle rather than building a drizzle query per row.
 */
import type Database from 'better-sqlite3';
import { isRuleTaskKind, ruleTitleKey, type RuleTaskKind } from './task-kinds';
import { reconcile, type ExistingRuleTask } from './task-reconcile';
import type { CutoffClock } from './cutoff-clock';
import { closeReason, desiredTasks, type RuleContext, type RuleOrder } from './task-rules';
import { naturalIds } from '../natural-id';
import {
  CREATE_MISSING_RULE_TASKS,
  INVOICE_PENDING_SINCE,
  NEXT_CUTOFF_FN,
  ORDERS_TO_RECONCILE,
  RULE_TASK_ID_FN,
} from './task-rules-sql';
import type { RuleRun } from './task-schema';

interface OrderRow extends RuleOrder {
  id: string;
  customerId: string | null;
  deletedAt: number | null;
}

/**
 * Rows come back as arrays (`raw`): for 100,000 orders that is a good third faster than
 * better-sqlite3 building the objects, and the object is built here once anyway.
 */
const ORDER_COLUMNS = `id, customer_id, status, created_at, ordered_at, paid_at, shipped_at, signed_at,
  ship_notice_at, address_verified_at, logistics_state, review_state, reviewed_at, deleted_at,
  ${INVOICE_PENDING_SINCE('orders')}`;
type RawOrder = [string, string | null, RuleOrder['status'], number, ...(number | null)[]];

function orderOf(r: RawOrder): OrderRow {
  return {
    id: r[0],
    customerId: r[1],
    status: r[2],
    createdAt: r[3],
    orderedAt: r[4] as number | null,
    paidAt: r[5] as number | null,
    shippedAt: r[6] as number | null,
    signedAt: r[7] as number | null,
    shipNoticeAt: r[8] as number | null,
    addressVerifiedAt: r[9] as number | null,
    logisticsState: r[10] as unknown as RuleOrder['logisticsState'],
    reviewState: r[11] as unknown as RuleOrder['reviewState'],
    reviewedAt: r[12] as number | null,
    deletedAt: r[13] as number | null,
    invoicePendingSince: r[14] as number | null,
  };
}

/** Only a cancelled task's note matters (was it closed by a rule?), so no other note is read. */
const TASK_COLUMNS = `id, order_id, kind, status, case when status = 'cancelled' then note else '' end`;
type RawTask = [string, string, string, ExistingRuleTask['status'], string];
const LIVE_RULE_TASK = `source = 'rule' and deleted_at is null`;

/** SQLite's default limit on bound parameters is far above this; chunks keep statements cacheable. */
const CHUNK = 500;

export function createRulesPass(sqlite: Database.Database) {
  const ordersToReconcile = sqlite.prepare(ORDERS_TO_RECONCILE).pluck();
  /**
   * A shop with far fewer tasks than orders (the first pass after a big import) is about to get
   * most of its tasks at once. Adding them one by one updates the non-unique task indexes at a
   * random place per row; building them afresh afterwards is a sort, cheaper. Dropped and built
   * inside the pass's transaction, so nobody sees the table without them; the unique
   * (order, kind) index stays and checks every insert.
   */
  const bulkCreation = sqlite
    .prepare(
      `select (select count(*) from tasks where shop_id = ?) * 4 < (select count(*) from orders where shop_id = ? and deleted_at is null)`,
    )
    .pluck();
  const taskIndexes = sqlite.prepare(
    `select name, sql from sqlite_schema where type = 'index' and tbl_name = 'tasks' and sql is not null
      and sql not like 'CREATE UNIQUE%'`,
  );
  function withTaskIndexesRebuiltIf(rebuild: boolean, create: () => void): void {
    const indexes = rebuild ? (taskIndexes.all() as { name: string; sql: string }[]) : [];
    for (const { name } of indexes) sqlite.exec(`drop index "${name}"`);
    create();
    for (const { sql } of indexes) sqlite.exec(sql);
  }
  const insert = sqlite.prepare(
    `insert into tasks (id, shop_id, owner_id, scope, created_at, updated_at, kind, title, due_at, priority,
      status, customer_id, order_id, note, source)
     values (?, ?, null, 'team', ?, ?, ?, ?, ?, ?, 'open', ?, ?, '', 'rule')
     on conflict (id) do nothing`,
  );
  const reopen = sqlite.prepare(
    `update tasks set status = 'open', due_at = ?, priority = ?, note = ?, snoozed_until = null,
      completed_at = null, reminded_at = null, updated_at = ? where id = ?`,
  );
  const close = sqlite.prepare(
    `update tasks set status = 'cancelled', note = ?, updated_at = ? where id = ?`,
  );
  // The set-based creation (task-rules-sql.ts) asks these of JavaScript: the pass's own cut-off
  // clock and the natural task id, so its tasks are the ones `apply` would have made.
  let cutoffClock: CutoffClock = () => {
    throw new Error('no rules pass running');
  };
  sqlite.function(NEXT_CUTOFF_FN, (at) => cutoffClock(at as number));
  sqlite.function(RULE_TASK_ID_FN, { deterministic: true }, (shopId, orderId, kind) =>
    naturalIds.ruleTask(shopId as string, orderId as string, kind as string),
  );
  const createMissing = CREATE_MISSING_RULE_TASKS.map(({ kind, sql }) => ({
    title: ruleTitleKey(kind),
    statement: sqlite.prepare(sql),
  }));
  const ordersById = (ids: readonly string[], shopId: string) =>
    chunked(
      ids,
      (marks, chunk) =>
        sqlite
          .prepare(`select ${ORDER_COLUMNS} from orders where +shop_id = ? and id in (${marks})`)
          .raw()
          .all(shopId, ...chunk) as RawOrder[],
    );

  /**
   * A pass over given orders reads them in chunks by id; `+shop_id` there keeps the planner on
   * the id and (order, kind) indexes instead of scanning the shop.
   */
  const chunked = <T>(ids: readonly string[], query: (placeholders: string, chunk: string[]) => T[]): T[] => {
    const rows: T[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      rows.push(...query(chunk.map(() => '?').join(','), chunk));
    }
    return rows;
  };

  function apply(
    shopId: string,
    orderId: string,
    order: OrderRow | null,
    existing: ExistingRuleTask[],
    ctx: RuleContext,
    run: RuleRun,
  ): void {
    const facts = order === null || order.deletedAt !== null ? null : order;
    const changes = reconcile(existing, desiredTasks(facts, ctx), (kind: RuleTaskKind) =>
      closeReason(kind, facts),
    );
    for (const change of changes) {
      if (change.type === 'create') {
        run.created += insert.run(
          naturalIds.ruleTask(shopId, orderId, change.kind),
          shopId,
          ctx.now,
          ctx.now,
          change.kind,
          ruleTitleKey(change.kind),
          change.dueAt,
          change.priority,
          order?.customerId ?? null,
          orderId,
        ).changes;
      } else if (change.type === 'reopen') {
        reopen.run(change.dueAt, change.priority, change.note, ctx.now, change.id);
        run.reopened += 1;
      } else {
        close.run(change.note, ctx.now, change.id);
        run.closed += 1;
      }
    }
  }

  const byOrder = (rows: RawTask[]) => {
    const map = new Map<string, ExistingRuleTask[]>();
    for (const [id, orderId, kind, status, note] of rows) {
      if (!isRuleTaskKind(kind)) continue;
      const task: ExistingRuleTask = { id, kind, status, note };
      const list = map.get(orderId);
      if (list) list.push(task);
      else map.set(orderId, [task]);
    }
    return map;
  };

  /** Reconciles the given orders' rule tasks one by one; unknown or deleted ids close theirs. */
  function reconcileOrders(shopId: string, orderIds: readonly string[], ctx: RuleContext, result: RuleRun) {
    const tasks = byOrder(
      chunked(
        orderIds,
        (marks, chunk) =>
          sqlite
            .prepare(
              `select ${TASK_COLUMNS} from tasks where +shop_id = ? and ${LIVE_RULE_TASK} and order_id in (${marks})`,
            )
            .raw()
            .all(shopId, ...chunk) as RawTask[],
      ),
    );
    for (const raw of ordersById(orderIds, shopId)) {
      const order = orderOf(raw);
      apply(shopId, order.id, order, tasks.get(order.id) ?? [], ctx, result);
      tasks.delete(order.id);
    }
    // Tasks whose order is gone (deleted, or an id that never existed) lose their cause.
    for (const [orderId, existing] of tasks) apply(shopId, orderId, null, existing, ctx, result);
  }

  /**
   * `orderIds` null: every order. Set-based there (task-rules-sql.ts): SQL finds the few orders
   * with a rule task to close or reopen, which are reconciled one by one, and creates every
   * other missing task in one statement per rule kind.
   */
  function run(shopId: string, orderIds: readonly string[] | null, ctx: RuleContext): RuleRun {
    const result: RuleRun = { created: 0, reopened: 0, closed: 0 };
    sqlite
      .transaction(() => {
        if (orderIds !== null) {
          reconcileOrders(shopId, orderIds, ctx, result);
          return;
        }
        const params = { shopId, now: ctx.now, ...ctx.thresholds };
        reconcileOrders(shopId, ordersToReconcile.all(params) as string[], ctx, result);
        cutoffClock = ctx.nextCutoff;
        withTaskIndexesRebuiltIf(bulkCreation.get(shopId, shopId) === 1, () => {
          for (const { title, statement } of createMissing) {
            result.created += statement.run({ ...params, title }).changes;
          }
        });
      })
      .immediate();
    return result;
  }

  return { run };
}
