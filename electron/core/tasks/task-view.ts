/** A task row, joined with its order and customer, as the UI and the CLI see it. */
import { splitNote } from './auto-close-note';
import { normaliseSteps } from './complaint-steps';
import { REPLY_QUERIES, type TaskKind } from './task-kinds';
import type { TaskView } from './task-schema';

export const TASK_VIEW_SELECT = `select t.id, t.kind, t.title, t.due_at as dueAt, t.priority, t.status,
    t.snoozed_until as snoozedUntil, t.customer_id as customerId, c.nick as customerNick, t.order_id as orderId,
    o.order_no as orderNo, o.buyer_nick as buyerNick, t.note, t.source, t.complaint_steps as complaintSteps,
    t.completed_at as completedAt, t.reminded_at as remindedAt, t.created_at as createdAt, t.updated_at as updatedAt
  from tasks t
  left join orders o on o.id = t.order_id
  left join customers c on c.id = t.customer_id`;

export interface TaskViewRow extends Omit<
  TaskView,
  'titleKey' | 'titleParams' | 'autoCloseKey' | 'replyQuery' | 'complaintSteps'
> {
  buyerNick: string | null;
  complaintSteps: string | null;
}

export function toTaskView(row: TaskViewRow): TaskView {
  const { buyerNick, complaintSteps, note, ...rest } = row;
  const split = splitNote(note);
  return {
    ...rest,
    titleKey: row.source === 'rule' ? row.title : null,
    titleParams: { orderNo: row.orderNo ?? '', buyerNick: buyerNick ?? row.customerNick ?? '' },
    note: split.note,
    autoCloseKey: split.autoCloseKey,
    complaintSteps:
      row.kind === 'complaint' ? normaliseSteps(JSON.parse(complaintSteps ?? '[]') as boolean[]) : null,
    replyQuery: REPLY_QUERIES[row.kind as TaskKind],
  };
}
