/**
 * Reminders: a task that has become due is announced once. `reminded_at` records it; moving the
 * due time, snoozing or reopening clears it, so the new due time is announced again. Snoozed
 * tasks whose snooze has ended are woken first.
 *
 * When many tasks fall due at once (the first start of the day, a big import) the agent gets
 * one summary instead of a stack of notifications.
 */
import type Database from 'better-sqlite3';
import type { Notifier } from '../platform/notifier';

/** More due tasks than this at once are announced as one summary. */
export const MAX_SINGLE_REMINDERS = 3;

interface DueRow {
  id: string;
  title: string;
  source: 'manual' | 'rule';
  orderNo: string | null;
  buyerNick: string | null;
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The task's title in the agent's language: rule tasks store a key, manual ones their own text. */
export const renderTitle = (
  t: Translate,
  row: Pick<DueRow, 'title' | 'source' | 'orderNo' | 'buyerNick'>,
): string =>
  row.source === 'rule'
    ? t(row.title, { orderNo: row.orderNo ?? '', buyerNick: row.buyerNick ?? '' })
    : row.title;

export function createTaskReminders(sqlite: Database.Database, notifier: Notifier) {
  const wake = sqlite.prepare(
    `update tasks set status = 'open', updated_at = ? where shop_id = ? and status = 'snoozed'
      and snoozed_until <= ? and deleted_at is null`,
  );
  // The later of due time and snooze end, as in task-grouping's attentionAt.
  const due = sqlite.prepare(
    `select t.id, t.title, t.source, o.order_no as orderNo, o.buyer_nick as buyerNick
       from tasks t left join orders o on o.id = t.order_id
      where t.shop_id = ? and t.status = 'open' and t.deleted_at is null and t.reminded_at is null
        and max(coalesce(t.due_at, t.snoozed_until), coalesce(t.snoozed_until, t.due_at)) <= ?
      order by t.due_at`,
  );
  const markReminded = sqlite.prepare(`update tasks set reminded_at = ? where id = ?`);

  function remind(shopId: string, now: number, t: Translate): number {
    const rows = sqlite
      .transaction(() => {
        wake.run(now, shopId, now);
        const found = due.all(shopId, now) as DueRow[];
        for (const row of found) markReminded.run(now, row.id);
        return found;
      })
      .immediate();
    if (rows.length === 0) return 0;
    if (rows.length <= MAX_SINGLE_REMINDERS) {
      for (const row of rows) {
        notifier.notify({ title: t('tasks.notify.dueTitle'), body: renderTitle(t, row), taskId: row.id });
      }
    } else {
      const titles = rows.slice(0, MAX_SINGLE_REMINDERS).map((row) => renderTitle(t, row));
      notifier.notify({
        title: t('tasks.notify.manyTitle', { count: rows.length }),
        body: t('tasks.notify.manyBody', { titles: titles.join('、'), count: rows.length }),
      });
    }
    return rows.length;
  }

  return { remind };
}
