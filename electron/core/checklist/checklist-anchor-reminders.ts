/**
 * Anchor-time reminders (催付 in the afternoon, before the cut-off): on the shell's minute timer,
 * a step whose anchor time has come and that is still unchecked is announced once that day.
 * `reminded_at` on the day's item records it, so a restart does not announce it again. Only a day
 * the agent has opened reminds: the shift starts on the Today page, and a timer never creates a
 * day nobody worked (it would carry its steps over as unfinished).
 */
import { eq } from 'drizzle-orm';
import type { Language } from '../../../db/enums';
import type { KefuDb } from '../../../db/open-database';
import { checklistItems } from '../../../db/schema';
import type { Notifier } from '../platform/notifier';
import type { Identity } from '../settings/settings-service';
import type { Translate } from '../tasks/task-reminders';
import { zonedDay, zonedInstant } from '../../../common/time/zoned-time';
import { agentDay, dayItems } from './checklist-day';
import { daySteps } from './position-day-steps';
import type { Position } from '../../../common/positions';

export interface AnchorReminderDeps {
  db: KefuDb;
  notifier: Notifier;
  timeZone: () => string;
  position: () => Position | null;
  cutoffTime: () => string;
}

export function createAnchorReminders({ db, notifier, timeZone, position, cutoffTime }: AnchorReminderDeps) {
  /** Announces the steps that fell due; returns how many. */
  function remind(who: Identity, now: number, language: Language, t: Translate): number {
    const zone = timeZone();
    const day = zonedDay(now, zone);
    const opened = agentDay(db, who, day);
    if (!opened) return 0;
    const steps = daySteps(db, {
      shopId: who.shopId,
      templateId: opened.templateId,
      position: position(),
      cutoffTime: cutoffTime(),
    });
    const items = new Map(dayItems(db, opened.id).map((item) => [item.stepKey, item]));
    const due = steps.filter((step) => {
      const item = items.get(step.stepKey);
      return (
        step.anchorTime !== null &&
        item !== undefined &&
        item.checkedAt === null &&
        item.remindedAt === null &&
        zonedInstant(day, step.anchorTime, zone) <= now
      );
    });
    if (due.length === 0) return 0;
    db.transaction(
      (tx) => {
        for (const step of due) {
          tx.update(checklistItems)
            .set({ remindedAt: now })
            .where(eq(checklistItems.id, items.get(step.stepKey)!.id))
            .run();
        }
      },
      { behavior: 'immediate' },
    );
    for (const step of due) {
      notifier.notify({
        title: t('checklist.notify.anchorTitle', { time: step.anchorTime }),
        body: t('checklist.notify.anchorBody', { step: language === 'zh-CN' ? step.titleZh : step.titleEn }),
      });
    }
    return due.length;
  }

  return { remind };
}
