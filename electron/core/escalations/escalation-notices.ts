/**
 * Desktop notices for escalations that arrive with a pull: the agent hears of the supervisor's
 * answer or take-over of one of its cases, the supervisor of a new case in the queue. Each is
 * announced once: what was announced (case id → the answer it carried) stays in the install's
 * settings, and a case leaves that record once nothing more is to be announced of it (closed, or
 * no longer waiting). Rows the desk writes itself are never announced to itself: only pulled
 * rows reach this, and a supervisor's own answer leaves the queue's `open` set.
 */
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { escalations, settings } from '../../../db/schema';
import type { Clock } from '../clock';
import type { Notifier } from '../platform/notifier';
import type { Identity } from '../settings/settings-service';
import type { Translate } from '../tasks/task-reminders';

const NOTICES_KEY = 'escalationNotices';
/** More new cases than this at once (a supervisor's first sync) are announced as one summary. */
const MAX_SINGLE_NOTICES = 3;

export interface EscalationNoticeDeps {
  db: KefuDb;
  clock: Clock;
  notifier: Notifier;
  identity: () => Identity | null;
  translate: () => Translate;
}

type Announced = Record<string, string>;

export function createEscalationNotices({ db, clock, notifier, identity, translate }: EscalationNoticeDeps) {
  const announced = (): Announced =>
    (db.select().from(settings).where(eq(settings.key, NOTICES_KEY)).get()?.value as Announced | undefined) ??
    {};

  const remember = (value: Announced) =>
    db
      .insert(settings)
      .values({ key: NOTICES_KEY, value, updatedAt: clock.now() })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: clock.now() } })
      .run();

  /** Cases with something to announce, each with what it is (a changed answer is announced again). */
  function waiting(who: Identity) {
    const live = and(eq(escalations.shopId, who.shopId), isNull(escalations.deletedAt));
    const rows =
      who.role === 'agent'
        ? db
            .select()
            .from(escalations)
            .where(
              and(
                live,
                eq(escalations.ownerId, who.agentId),
                inArray(escalations.status, ['answered', 'taken_over']),
              ),
            )
            .all()
        : db
            .select()
            .from(escalations)
            .where(and(live, ne(escalations.ownerId, who.agentId), eq(escalations.status, 'open')))
            .all();
    return rows.map((row) => ({ row, mark: `${row.status}\n${row.answer ?? ''}` }));
  }

  /** After a pull brought escalation rows: announce what is new, once. */
  function afterPull(): number {
    const who = identity();
    if (!who) return 0;
    const before = announced();
    const now = waiting(who);
    const fresh = now.filter(({ row, mark }) => before[row.id] !== mark);
    const after: Announced = Object.fromEntries(now.map(({ row, mark }) => [row.id, mark]));
    if (JSON.stringify(after) !== JSON.stringify(before)) remember(after);
    if (fresh.length === 0) return 0;
    const t = translate();
    if (who.role === 'agent') {
      for (const { row } of fresh)
        notifier.notify({
          title: t(
            row.status === 'taken_over'
              ? 'escalations.notify.takenOverTitle'
              : 'escalations.notify.answeredTitle',
          ),
          body:
            row.status === 'taken_over'
              ? t('escalations.notify.takenOverBody', { buyerNick: row.buyerNick, reason: row.reason })
              : t('escalations.notify.answeredBody', { buyerNick: row.buyerNick, answer: row.answer ?? '' }),
        });
    } else if (fresh.length <= MAX_SINGLE_NOTICES) {
      for (const { row } of fresh)
        notifier.notify({
          title: t('escalations.notify.newTitle'),
          body: t('escalations.notify.newBody', { buyerNick: row.buyerNick, reason: row.reason }),
        });
    } else {
      notifier.notify({
        title: t('escalations.notify.manyTitle', { count: fresh.length }),
        body: t('escalations.notify.manyBody', { count: fresh.length }),
      });
    }
    return fresh.length;
  }

  return { afterPull };
}
