/**
 * desiredTasks (task-rules.ts) as SQL over the orders table, for the full rules pass: creating
 * 100,000 orders' tasks row by row from JavaScript costs more than the 1 s budget, one
 * INSERT … SELECT does not. One SELECT per rule kind, each the same condition, due time and
 * priority as the pure function, which stays the rules' definition — task-rules-sql.test.ts
 * checks that both give the same tasks for orders in every state. The 截单 due times come from
 * the same CutoffClock, called from SQL.
 */
import type { RuleTaskKind, TaskPriority } from './task-kinds';

/** SQL functions the statement calls; rules-pass.ts registers them on its connection. */
export const NEXT_CUTOFF_FN = 'kefu_next_cutoff';
/** (shop id, order id, kind) → the rule task's natural id (natural-id.ts). */
export const RULE_TASK_ID_FN = 'kefu_rule_task_id';

/** Bound by name: @now and the thresholds (RuleThresholds' field names). */
// `is`, not `=`: a NULL logistics state must read as "not signed", not as unknown.
const SIGNED = `(o.status = 'completed' or o.signed_at is not null or o.logistics_state is 'signed')`;
const SHIPPED_NOT_SIGNED = `o.status = 'shipped' and not ${SIGNED}`;
const FOLLOW_UP = `o.status in ('shipped', 'completed') and ${SIGNED}`;

/** RuleOrder.invoicePendingSince over the orders row named `order`: its oldest live 待开 request. */
export const INVOICE_PENDING_SINCE = (order: string) =>
  `(select min(coalesce(i.requested_at, i.created_at)) from invoices i
    where i.order_id = ${order}.id and i.status = 'pending' and i.deleted_at is null)`;

interface SqlRule {
  kind: RuleTaskKind;
  priority: TaskPriority;
  /** Over `o`, an order that is live and not closed. */
  when: string;
  dueAt: string;
}

const RULES: SqlRule[] = [
  {
    kind: 'urgePayment',
    priority: 'normal',
    when: `o.status = 'unpaid'`,
    dueAt: `${NEXT_CUTOFF_FN}(coalesce(o.ordered_at, o.created_at))`,
  },
  {
    kind: 'verifyAddress',
    priority: 'normal',
    when: `o.status = 'paid' and o.address_verified_at is null`,
    dueAt: `${NEXT_CUTOFF_FN}(coalesce(o.paid_at, o.created_at))`,
  },
  {
    kind: 'shipNotice',
    priority: 'normal',
    when: `${SHIPPED_NOT_SIGNED} and o.ship_notice_at is null`,
    dueAt: `coalesce(o.shipped_at, @now) + @shipNoticeWithinMs`,
  },
  {
    kind: 'logisticsException',
    priority: 'urgent',
    when: `${SHIPPED_NOT_SIGNED} and o.logistics_state = 'exception'`,
    dueAt: `@now`,
  },
  {
    kind: 'logisticsCheck',
    priority: 'normal',
    when: `${SHIPPED_NOT_SIGNED} and o.logistics_state is not 'exception' and o.shipped_at is not null
      and @now - o.shipped_at >= @logisticsCheckAfterMs`,
    dueAt: `o.shipped_at + @logisticsCheckAfterMs`,
  },
  {
    kind: 'callback',
    priority: 'low',
    when: FOLLOW_UP,
    dueAt: `coalesce(o.signed_at, @now) + @followUpAfterSignedMs`,
  },
  {
    kind: 'reviewInvite',
    priority: 'low',
    when: `${FOLLOW_UP} and o.review_state = 'none'`,
    dueAt: `coalesce(o.signed_at, @now) + @followUpAfterSignedMs`,
  },
  {
    kind: 'badReview',
    priority: 'high',
    when: `o.review_state in ('neutral', 'bad')`,
    dueAt: `coalesce(o.reviewed_at, @now) + @badReviewWithinMs`,
  },
  {
    kind: 'invoice',
    priority: 'normal',
    when: `o.status = 'completed' and @now - ${INVOICE_PENDING_SINCE('o')} > @invoicePendingAfterMs`,
    dueAt: `${INVOICE_PENDING_SINCE('o')} + @invoicePendingAfterMs`,
  },
];

/**
 * Per rule kind, an INSERT … SELECT of that task for every live order of shop @shopId that calls
 * for it and has no live rule task of that kind yet, whatever its status (reconciliation decides
 * about those). The task's title is bound as @title. Its id is the natural one, so two installs
 * create the same task; the rare id already held (a removed task of that key) is left alone.
 */
export const CREATE_MISSING_RULE_TASKS = RULES.map((rule) => ({
  kind: rule.kind,
  sql: `insert into tasks (id, shop_id, owner_id, scope, created_at, updated_at, kind, title, due_at, priority,
      status, customer_id, order_id, note, source)
    select ${RULE_TASK_ID_FN}(o.shop_id, o.id, '${rule.kind}'), o.shop_id, null, 'team', @now, @now, '${rule.kind}', @title, ${rule.dueAt},
      '${rule.priority}', 'open', o.customer_id, o.id, '', 'rule'
    from orders o
    where o.shop_id = @shopId and o.deleted_at is null and o.status <> 'closed' and ${rule.when}
      and not exists (select 1 from tasks t where t.order_id = o.id and t.kind = '${rule.kind}'
        and t.source = 'rule' and t.deleted_at is null)
    on conflict (id) do nothing`,
}));

/** Whether order `o` calls for a task of kind `t.kind`: 0 for an order that is gone or closed. */
const WANTED = `case t.kind ${RULES.map(
  (rule) =>
    `when '${rule.kind}' then coalesce((o.deleted_at is null and o.status <> 'closed' and ${rule.when}), 0)`,
).join(' ')} else 0 end`;

/**
 * The orders whose rule tasks a full pass may have to change: an open or snoozed task whose
 * cause is gone (to close), or a cancelled one whose cause is back (to reopen, when a rule
 * closed it). Every other order's tasks already match desiredTasks, or only lack some, which
 * CREATE_MISSING_RULE_TASKS adds; these few go through reconcile one by one.
 */
export const ORDERS_TO_RECONCILE = `
  select distinct t.order_id from tasks t left join orders o on o.id = t.order_id
  where +t.shop_id = @shopId and t.source = 'rule' and t.deleted_at is null and (
    (t.status in ('open', 'snoozed') and not (${WANTED}))
    or (t.status = 'cancelled' and (${WANTED})))`;
