/**
 * Runs the rules over orders and writes the changes, in one write transaction. This is the hot
 * path of the "100,000 orders ≤ 1 s" budget, so it uses prepared statements on the raw SQLite
 * handle rather than building a drizzle query per row.
 */
import type Database from 'better-sqlite3';
import { isRuleTaskKind, ruleTitleKey, type RuleTaskKind } from './task-kinds';
import { reconcile, type ExistingRuleTask } from './task-reconcile';
import { closeReason, desiredTasks, type RuleContext, type RuleOrder } from './task-rules';
import type { RuleRun } from './task-schema';

interface OrderRow extends RuleOrder {
  id: string;
  customerId: string | null;
  deletedAt: number | null;
}

const ORDER_COLUMNS = `id, customer_id as customerId, status, created_at as createdAt, ordered_at as orderedAt,
  paid_at as paidAt, shipped_at as shippedAt, signed_at as signedAt, ship_notice_at as shipNoticeAt,
  address_verified_at as addressVerifiedAt, logistics_state as logisticsState, review_state as reviewState,
  reviewed_at as reviewedAt, deleted_at as deletedAt`;

const TASK_COLUMNS = `id, order_id as orderId, kind, status, note`;
const LIVE_RULE_TASK = `source = 'rule' and deleted_at is null`;

/** SQLite's default limit on bound parameters is far above this; chunks keep statements cacheable. */
const CHUNK = 500;

export function createRulesPass(sqlite: Database.Database, newId: () => string) {
  // Orders that can still need a task, plus any order a rule task is still open for (a closed
  // order's open tasks must be closed).
  const allOrders = sqlite.prepare(
    `select ${ORDER_COLUMNS} from orders where shop_id = ? and deleted_at is null and (status != 'closed'
      or id in (select order_id from tasks where ${LIVE_RULE_TASK} and status in ('open', 'snoozed')))`,
  );
  const allTasks = sqlite.prepare(
    `select ${TASK_COLUMNS} from tasks where shop_id = ? and ${LIVE_RULE_TASK}`,
  );
  const insert = sqlite.prepare(
    `insert into tasks (id, shop_id, owner_id, scope, created_at, updated_at, kind, title, due_at, priority,
      status, customer_id, order_id, note, source)
     values (?, ?, null, 'team', ?, ?, ?, ?, ?, ?, 'open', ?, ?, '', 'rule')`,
  );
  const reopen = sqlite.prepare(
    `update tasks set status = 'open', due_at = ?, priority = ?, note = ?, snoozed_until = null,
      completed_at = null, reminded_at = null, updated_at = ? where id = ?`,
  );
  const close = sqlite.prepare(
    `update tasks set status = 'cancelled', note = ?, updated_at = ? where id = ?`,
  );

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
        insert.run(
          newId(),
          shopId,
          ctx.now,
          ctx.now,
          change.kind,
          ruleTitleKey(change.kind),
          change.dueAt,
          change.priority,
          order?.customerId ?? null,
          orderId,
        );
        run.created += 1;
      } else if (change.type === 'reopen') {
        reopen.run(change.dueAt, change.priority, change.note, ctx.now, change.id);
        run.reopened += 1;
      } else {
        close.run(change.note, ctx.now, change.id);
        run.closed += 1;
      }
    }
  }

  const byOrder = (rows: (ExistingRuleTask & { orderId: string })[]) => {
    const map = new Map<string, ExistingRuleTask[]>();
    for (const row of rows) {
      if (!isRuleTaskKind(row.kind)) continue;
      const list = map.get(row.orderId);
      if (list) list.push(row);
      else map.set(row.orderId, [row]);
    }
    return map;
  };

  /** `orderIds` null: every order that can need a task. Unknown or deleted ids close their tasks. */
  function run(shopId: string, orderIds: readonly string[] | null, ctx: RuleContext): RuleRun {
    const result: RuleRun = { created: 0, reopened: 0, closed: 0 };
    sqlite
      .transaction(() => {
        const orders =
          orderIds === null
            ? (allOrders.all(shopId) as OrderRow[])
            : chunked(
                orderIds,
                (marks, chunk) =>
                  sqlite
                    .prepare(`select ${ORDER_COLUMNS} from orders where shop_id = ? and id in (${marks})`)
                    .all(shopId, ...chunk) as OrderRow[],
              );
        const tasks = byOrder(
          orderIds === null
            ? (allTasks.all(shopId) as (ExistingRuleTask & { orderId: string })[])
            : chunked(
                orderIds,
                (marks, chunk) =>
                  sqlite
                    .prepare(
                      `select ${TASK_COLUMNS} from tasks where shop_id = ? and ${LIVE_RULE_TASK} and order_id in (${marks})`,
                    )
                    .all(shopId, ...chunk) as (ExistingRuleTask & { orderId: string })[],
              ),
        );
        const seen = new Set<string>();
        for (const order of orders) {
          seen.add(order.id);
          apply(shopId, order.id, order, tasks.get(order.id) ?? [], ctx, result);
        }
        // Tasks whose order is gone (deleted, or an id that never existed) lose their cause.
        for (const [orderId, existing] of tasks) {
          if (!seen.has(orderId)) apply(shopId, orderId, null, existing, ctx, result);
        }
      })
      .immediate();
    return result;
  }

  return { run };
}
