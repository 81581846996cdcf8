/**
 * The agent's checklist for one day on the shop's clock (feature 8). The day is created on the
 * first open: one item per template step, and each step left unchecked on the agent's previous
 * day comes back marked with the day it was first missed (今日事今日毕), listed first. Steps the
 * supervisor adds later join the day on the next open; removed ones drop out of it. The steps are
 * the shop's template, or the agent's position's own list (岗位) while that template is still the
 * seeded SOP (position-day-steps.ts).
 */
import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { checklistDays, checklistItems } from '../../../db/schema';
import { AppError } from '../app-error';
import { naturalIds } from '../natural-id';
import { createNaturalIdClaim } from '../natural-id-claim';
import type { Clock } from '../clock';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import { zonedDay } from '../../../common/time/zoned-time';
import { countDataLinks, DATA_LINK_TARGETS, type DataLink } from './checklist-data-links';
import type { ChecklistCheckInput, ChecklistItem, ChecklistStep, ChecklistToday } from './checklist-schema';
import { templateRow } from './checklist-template';
import { daySteps } from './position-day-steps';
import type { Position } from '../../../common/positions';

export interface ChecklistDayDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
  timeZone: () => string;
  /** Past-due tasks as the task badge counts them. */
  overdueTasks: () => number;
  /** The agent's 岗位: picks the day's steps while the shop's template is the seeded SOP. */
  position: () => Position | null;
  cutoffTime: () => string;
}

type Tx = Parameters<Parameters<KefuDb['transaction']>[0]>[0];

export interface DayItemRow {
  id: string;
  stepKey: string;
  sortOrder: number;
  checkedAt: number | null;
  note: string;
  carriedFromDay: string | null;
  remindedAt: number | null;
}

const itemColumns = {
  id: checklistItems.id,
  stepKey: checklistItems.stepKey,
  sortOrder: checklistItems.sortOrder,
  checkedAt: checklistItems.checkedAt,
  note: checklistItems.note,
  carriedFromDay: checklistItems.carriedFromDay,
  remindedAt: checklistItems.remindedAt,
};

export function dayItems(db: KefuDb | Tx, dayId: string): DayItemRow[] {
  return db
    .select(itemColumns)
    .from(checklistItems)
    .where(and(eq(checklistItems.dayId, dayId), isNull(checklistItems.deletedAt)))
    .all();
}

/** The agent's day row, or null before its first open. */
export function agentDay(db: KefuDb | Tx, who: Identity, day: string) {
  return (
    db
      .select({ id: checklistDays.id, templateId: checklistDays.templateId })
      .from(checklistDays)
      .where(
        and(
          eq(checklistDays.ownerId, who.agentId),
          eq(checklistDays.day, day),
          isNull(checklistDays.deletedAt),
        ),
      )
      .get() ?? null
  );
}

/** Carried items first (the oldest miss first), then the SOP order. */
export function orderItems<T extends { carriedFromDay: string | null; sortOrder: number }>(items: T[]): T[] {
  // Days compare as plain strings (YYYY-MM-DD); an item not carried sorts after every day.
  const rank = (item: T) => item.carriedFromDay ?? '9999-99-99';
  return [...items].sort((a, b) =>
    rank(a) === rank(b) ? a.sortOrder - b.sortOrder : rank(a) < rank(b) ? -1 : 1,
  );
}

export function createChecklistDay({
  db,
  clock,
  newId,
  identity,
  timeZone,
  overdueTasks,
  position,
  cutoffTime,
}: ChecklistDayDeps) {
  const claimId = createNaturalIdClaim(db.$client, newId);
  const stepsOf = (tx: KefuDb | Tx, shopId: string, templateId: string) =>
    daySteps(tx, { shopId, templateId, position: position(), cutoffTime: cutoffTime() });
  /** Today's day row with an item for every live step; creates what is missing, in one transaction. */
  function ensureDay(who: Identity, day: string, at: number) {
    return db.transaction(
      (tx) => {
        const template = templateRow(tx, who.shopId);
        if (!template) throw new AppError('notFound', 'checklist.error.noTemplate');
        const steps = stepsOf(tx, who.shopId, template.id);
        const owned = {
          shopId: who.shopId,
          ownerId: who.agentId,
          scope: 'personal' as const,
          createdAt: at,
          updatedAt: at,
        };
        let found = agentDay(tx, who, day);
        let carried = new Map<string, string>();
        if (!found) {
          carried = unfinishedBefore(tx, who, day);
          const id = claimId('checklist_days', naturalIds.checklistDay(who.shopId, who.agentId, day));
          tx.insert(checklistDays)
            .values({ ...owned, id, day, templateId: template.id })
            .run();
          found = { id, templateId: template.id };
        }
        const have = new Set(dayItems(tx, found.id).map((item) => item.stepKey));
        for (const step of steps) {
          if (have.has(step.stepKey)) continue;
          tx.insert(checklistItems)
            .values({
              ...owned,
              id: claimId(
                'checklist_items',
                naturalIds.checklistItem(who.shopId, who.agentId, found.id, step.stepKey),
              ),
              dayId: found.id,
              stepKey: step.stepKey,
              sortOrder: step.sortOrder,
              carriedFromDay: carried.get(step.stepKey) ?? null,
            })
            .run();
        }
        // The day follows the template's order as the supervisor changes it. A step that left the
        // day (removed, or the agent's position changed) takes its item along unless it was
        // checked: the daily log lists the day's steps and the work done, not a list gone stale.
        for (const item of dayItems(tx, found.id)) {
          const step = steps.find((s) => s.stepKey === item.stepKey);
          if (!step && item.checkedAt === null) {
            tx.update(checklistItems)
              .set({ deletedAt: at, updatedAt: at })
              .where(eq(checklistItems.id, item.id))
              .run();
          } else if (step && step.sortOrder !== item.sortOrder) {
            tx.update(checklistItems)
              .set({ sortOrder: step.sortOrder, updatedAt: at })
              .where(eq(checklistItems.id, item.id))
              .run();
          }
        }
        return { ...found, steps };
      },
      { behavior: 'immediate' },
    );
  }

  /** The agent's latest day before `day`: not necessarily yesterday, after a weekend off. */
  function previousDay(tx: KefuDb | Tx, who: Identity, day: string) {
    return tx
      .select({ id: checklistDays.id, day: checklistDays.day })
      .from(checklistDays)
      .where(
        and(
          eq(checklistDays.ownerId, who.agentId),
          lt(checklistDays.day, day),
          isNull(checklistDays.deletedAt),
        ),
      )
      .orderBy(desc(checklistDays.day))
      .get();
  }

  /**
   * Step key → the day it was first left unchecked, from the agent's previous day (a weekend off
   * in between does not lose them).
   */
  function unfinishedBefore(tx: Tx, who: Identity, day: string): Map<string, string> {
    const previous = previousDay(tx, who, day);
    if (!previous) return new Map();
    return new Map(
      dayItems(tx, previous.id)
        .filter((item) => item.checkedAt === null)
        .map((item) => [item.stepKey, item.carriedFromDay ?? previous.day]),
    );
  }

  function liveCounts(who: Identity, day: string, now: number) {
    const overdue = overdueTasks();
    return {
      overdue,
      counts: countDataLinks(db, {
        shopId: who.shopId,
        agentId: who.agentId,
        now,
        day,
        timeZone: timeZone(),
        overdueTasks: overdue,
      }),
    };
  }

  function toItem(row: DayItemRow, step: ChecklistStep, counts: Record<DataLink, number>): ChecklistItem {
    const { remindedAt: _reminded, ...item } = row;
    return {
      ...item,
      step,
      count: step.dataLink ? counts[step.dataLink] : null,
      target: step.dataLink ? DATA_LINK_TARGETS[step.dataLink] : null,
    };
  }

  function today(): ChecklistToday {
    const who = requireIdentity(identity);
    const now = clock.now();
    const day = zonedDay(now, timeZone());
    const { id, steps } = ensureDay(who, day, now);
    const { overdue, counts } = liveCounts(who, day, now);
    const byKey = new Map(steps.map((step) => [step.stepKey, step]));
    const items = orderItems(dayItems(db, id).filter((item) => byKey.has(item.stepKey))).map((row) =>
      toItem(row, byKey.get(row.stepKey)!, counts),
    );
    return {
      dayId: id,
      day,
      previousDay: previousDay(db, who, day)?.day ?? null,
      items,
      overdueTasks: overdue,
      progress: { checked: items.filter((item) => item.checkedAt !== null).length, total: items.length },
    };
  }

  /** The agent's own item, with its day; another agent's item is not found. */
  function ownItem(tx: Tx, who: Identity, itemId: string) {
    const row = tx
      .select({ ...itemColumns, day: checklistDays.day, templateId: checklistDays.templateId })
      .from(checklistItems)
      .innerJoin(checklistDays, eq(checklistDays.id, checklistItems.dayId))
      .where(
        and(
          eq(checklistItems.id, itemId),
          eq(checklistDays.ownerId, who.agentId),
          isNull(checklistItems.deletedAt),
        ),
      )
      .get();
    if (!row) throw new AppError('notFound', 'checklist.error.itemNotFound', { id: itemId });
    return row;
  }

  /**
   * Checks an item off with the time and an optional note. A step whose list still has entries
   * is refused unless the agent confirmed it (the UI asks first): the count is read inside the
   * write transaction, so what was confirmed is what is recorded.
   */
  function check(input: ChecklistCheckInput): ChecklistToday {
    const who = requireIdentity(identity);
    const now = clock.now();
    db.transaction(
      (tx) => {
        const item = ownItem(tx, who, input.itemId);
        const step = stepsOf(tx, who.shopId, item.templateId).find((s) => s.stepKey === item.stepKey);
        if (step?.dataLink && !input.confirmed) {
          const pending = liveCounts(who, item.day, now).counts[step.dataLink];
          if (pending > 0) {
            throw new AppError('confirmRequired', 'checklist.error.confirmRequired', { count: pending });
          }
        }
        tx.update(checklistItems)
          .set({ checkedAt: now, note: input.note, updatedAt: now })
          .where(eq(checklistItems.id, item.id))
          .run();
      },
      { behavior: 'immediate' },
    );
    return today();
  }

  /** Takes a check back; the note stays, so a re-check can keep it. */
  function uncheck(itemId: string): ChecklistToday {
    const who = requireIdentity(identity);
    const now = clock.now();
    db.transaction(
      (tx) => {
        const item = ownItem(tx, who, itemId);
        tx.update(checklistItems)
          .set({ checkedAt: null, updatedAt: now })
          .where(eq(checklistItems.id, item.id))
          .run();
      },
      { behavior: 'immediate' },
    );
    return today();
  }

  return { today, check, uncheck };
}

export type ChecklistDayService = ReturnType<typeof createChecklistDay>;
