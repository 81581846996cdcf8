/**
 * Follow-up tasks (DESIGN.md feature 7): the rules over orders, hand-made tasks, the agent's
 * actions on them, the grouped list, the badge and the reminders. Tasks are shop-wide (team
 * scope): an unfinished task must survive a shift change.
 */
import type Database from 'better-sqlite3';
import { and, eq, isNull } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { customers, orders, tasks } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { createTranslator } from '../i18n/translator';
import type { Notifier } from '../platform/notifier';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity, SettingsService } from '../settings/settings-service';
import { splitNote, withAutoClose, withoutAutoClose } from './auto-close-note';
import { freshComplaintSteps, nextComplaintStep, setComplaintStep } from './complaint-steps';
import { createCutoffClock, type CutoffClock } from './cutoff-clock';
import { createRulesPass } from './rules-pass';
import { endOfShopDay, groupTasks } from './task-grouping';
import { createTaskReminders, type Translate } from './task-reminders';
import { DEFAULT_RULE_THRESHOLDS, type RuleContext } from './task-rules';
import type { RuleRun, TaskBadge, TaskInput, TaskList, TaskListInput, TaskView } from './task-schema';
import { TASK_VIEW_SELECT, toTaskView, type TaskViewRow } from './task-view';

export interface TaskServiceDeps {
  db: KefuDb;
  sqlite: Database.Database;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
  settings: Pick<SettingsService, 'shopRow' | 'get'>;
  notifier: Notifier;
}

const DEFAULT_SHOP = { cutoffTime: '16:00', timeZone: 'Asia/Shanghai' };
/** Orders per slice after an order change: 10–20 ms of work (bench/task-rules.ts). */
const RULE_SLICE = 250;

export function createTaskService({
  db,
  sqlite,
  clock,
  newId,
  identity,
  settings,
  notifier,
}: TaskServiceDeps) {
  const rulesPass = createRulesPass(sqlite);
  const reminders = createTaskReminders(sqlite, notifier);

  const shopClock = () => settings.shopRow() ?? DEFAULT_SHOP;
  let cutoffs: { key: string; clock: CutoffClock } | null = null;
  function ruleContext(now: number): RuleContext {
    const { cutoffTime, timeZone } = shopClock();
    const key = `${cutoffTime}@${timeZone}`;
    if (cutoffs?.key !== key) cutoffs = { key, clock: createCutoffClock(cutoffTime, timeZone) };
    return { now, thresholds: DEFAULT_RULE_THRESHOLDS, nextCutoff: cutoffs.clock };
  }

  let translator: { language: string; t: Translate } | null = null;
  function translate(): Translate {
    const language = settings.get().language;
    if (translator?.language !== language) {
      const { t } = createTranslator(language);
      translator = { language, t: (key, params) => t(key, params ?? {}) };
    }
    return translator.t;
  }

  const viewById = sqlite.prepare(
    `${TASK_VIEW_SELECT} where t.id = ? and t.shop_id = ? and t.deleted_at is null`,
  );
  const liveViews = sqlite.prepare(
    `${TASK_VIEW_SELECT} where t.shop_id = ? and t.deleted_at is null and t.status in ('open', 'snoozed')`,
  );
  const closedViews = sqlite.prepare(
    `${TASK_VIEW_SELECT} where t.shop_id = ? and t.deleted_at is null and t.status in ('done', 'cancelled')
      order by t.updated_at desc limit ?`,
  );
  const closedCount = sqlite
    .prepare(
      `select count(*) from tasks where shop_id = ? and deleted_at is null and status in ('done', 'cancelled')`,
    )
    .pluck();
  const badgeCounts = sqlite.prepare(
    `select coalesce(sum(at < @now), 0) as overdue, coalesce(sum(at >= @now and at < @endOfToday), 0) as dueToday
       from (select max(coalesce(due_at, snoozed_until), coalesce(snoozed_until, due_at)) as at from tasks
              where shop_id = @shopId and deleted_at is null
                and (status = 'open' or (status = 'snoozed' and snoozed_until <= @now)))`,
  );

  function view(id: string): TaskView {
    const who = requireIdentity(identity);
    const row = viewById.get(id, who.shopId) as TaskViewRow | undefined;
    if (!row) throw new AppError('notFound', 'errors.task.notFound', { id });
    return toTaskView(row);
  }

  function runRulesFor(orderIds: readonly string[]): RuleRun {
    const who = requireIdentity(identity);
    return rulesPass.run(who.shopId, orderIds, ruleContext(clock.now()));
  }

  /**
   * After an order change: the rules for those orders, in slices that yield to the event loop
   * between them, so a 100,000-row import does not freeze the app while its tasks are made. The
   * first slice runs before this returns, so a single edited order's tasks are current at once.
   */
  async function runRulesAfterOrderChange(orderIds: readonly string[]): Promise<RuleRun> {
    const total: RuleRun = { created: 0, reopened: 0, closed: 0 };
    for (let i = 0; i < orderIds.length; i += RULE_SLICE) {
      if (i > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        // The shell may have closed the database meanwhile (quit); the timer catches up next start.
        if (!sqlite.open) break;
      }
      const run = runRulesFor(orderIds.slice(i, i + RULE_SLICE));
      total.created += run.created;
      total.reopened += run.reopened;
      total.closed += run.closed;
    }
    return total;
  }

  function runAllRules(): RuleRun {
    const who = requireIdentity(identity);
    return rulesPass.run(who.shopId, null, ruleContext(clock.now()));
  }

  // Shipped orders that have crossed the 物流跟进 threshold and have no such task yet, and
  // 交易成功 orders whose 待开 invoice has crossed the 开票 one: the rules that change with time
  // alone. Everything else changes with the order or its invoices (onChange).
  const crossedLogisticsThreshold = sqlite
    .prepare(
      `select id from orders where +shop_id = ? and deleted_at is null and status = 'shipped'
        and signed_at is null and coalesce(logistics_state, '') not in ('signed', 'exception')
        and shipped_at <= ? and id not in
          (select order_id from tasks where source = 'rule' and deleted_at is null and kind = 'logisticsCheck')`,
    )
    .pluck();
  const crossedInvoiceThreshold = sqlite
    .prepare(
      `select distinct o.id from invoices i join orders o on o.id = i.order_id
        where i.shop_id = ? and i.status = 'pending' and i.deleted_at is null
          and coalesce(i.requested_at, i.created_at) < ?
          and o.deleted_at is null and o.status = 'completed' and o.id not in
            (select order_id from tasks where source = 'rule' and deleted_at is null and kind = 'invoice')`,
    )
    .pluck();
  let fullPassDone = false;

  /**
   * The shell's minute timer. The first tick runs every rule over every order, catching up on
   * whatever changed while the app was closed (or in another process); later ticks run only the
   * time-driven rule, since order changes run their rules as they happen, so a shop with
   * 100,000 orders does not stall the app every minute. Then the reminders. Before first-run
   * setup there is nothing to do.
   */
  function tick(now = clock.now()): { rules: RuleRun; reminded: number } | null {
    const who = identity();
    if (!who) return null;
    const ctx = ruleContext(now);
    const rules = fullPassDone
      ? rulesPass.run(
          who.shopId,
          [
            ...new Set([
              ...(crossedLogisticsThreshold.all(
                who.shopId,
                now - ctx.thresholds.logisticsCheckAfterMs,
              ) as string[]),
              ...(crossedInvoiceThreshold.all(
                who.shopId,
                now - ctx.thresholds.invoicePendingAfterMs,
              ) as string[]),
            ]),
          ],
          ctx,
        )
      : rulesPass.run(who.shopId, null, ctx);
    fullPassDone = true;
    return { rules, reminded: reminders.remind(who.shopId, now, translate()) };
  }

  function list(input: TaskListInput): TaskList {
    const who = requireIdentity(identity);
    const now = clock.now();
    const rows = (liveViews.all(who.shopId) as TaskViewRow[]).filter(
      (row) =>
        (input.orderId === undefined || row.orderId === input.orderId) &&
        (input.customerId === undefined || row.customerId === input.customerId),
    );
    const groups = groupTasks(rows, now, shopClock().timeZone);
    if (input.due === 'today') {
      groups.upcoming = [];
      groups.snoozed = [];
    }
    const closed = input.includeClosed
      ? (closedViews.all(who.shopId, input.limit) as TaskViewRow[]).filter(
          (row) =>
            (input.orderId === undefined || row.orderId === input.orderId) &&
            (input.customerId === undefined || row.customerId === input.customerId),
        )
      : [];
    const page = (group: TaskViewRow[]) => group.slice(0, input.limit).map(toTaskView);
    return {
      day: groups.day,
      overdue: page(groups.overdue),
      today: page(groups.today),
      upcoming: page(groups.upcoming),
      snoozed: page(groups.snoozed),
      closed: closed.map(toTaskView),
      counts: {
        overdue: groups.overdue.length,
        today: groups.today.length,
        upcoming: groups.upcoming.length,
        snoozed: groups.snoozed.length,
        closed: input.includeClosed ? (closedCount.get(who.shopId) as number) : 0,
      },
    };
  }

  function badge(): TaskBadge {
    const who = identity();
    if (!who) return { overdue: 0, dueToday: 0 };
    const now = clock.now();
    return badgeCounts.get({
      shopId: who.shopId,
      now,
      endOfToday: endOfShopDay(now, shopClock().timeZone),
    }) as TaskBadge;
  }

  /** Links must point at live rows of this shop. */
  function assertLinks(who: Identity, input: Pick<TaskInput, 'customerId' | 'orderId'>): void {
    if (input.customerId !== null) {
      const found = db
        .select({ id: customers.id })
        .from(customers)
        .where(
          and(
            eq(customers.id, input.customerId),
            eq(customers.shopId, who.shopId),
            isNull(customers.deletedAt),
          ),
        )
        .get();
      if (!found) throw new AppError('notFound', 'errors.task.customerNotFound', { id: input.customerId });
    }
    if (input.orderId !== null) {
      const found = db
        .select({ id: orders.id })
        .from(orders)
        .where(and(eq(orders.id, input.orderId), eq(orders.shopId, who.shopId), isNull(orders.deletedAt)))
        .get();
      if (!found) throw new AppError('notFound', 'errors.task.orderNotFound', { id: input.orderId });
    }
  }

  function existing(who: Identity, id: string) {
    const row = db
      .select()
      .from(tasks)
      .where(and(eq(tasks.id, id), eq(tasks.shopId, who.shopId), isNull(tasks.deletedAt)))
      .get();
    if (!row) throw new AppError('notFound', 'errors.task.notFound', { id });
    return row;
  }

  /**
   * Creates a manual task or edits any task. A rule task keeps its kind, title and order (the
   * rule owns them); its due time, priority, customer and note are the agent's to change.
   */
  function save(input: TaskInput): TaskView {
    const who = requireIdentity(identity);
    const at = clock.now();
    const id = db.transaction(
      (tx) => {
        if (input.id) {
          const row = existing(who, input.id);
          const kind = row.source === 'rule' ? row.kind : input.kind;
          if (row.source !== 'rule' && input.title === '')
            throw new AppError('invalid', 'validation.task.titleRequired');
          if (row.source === 'rule' && input.orderId !== row.orderId) {
            throw new AppError('invalid', 'errors.task.ruleTaskOrderFixed');
          }
          assertLinks(who, input);
          const dueChanged = input.dueAt !== row.dueAt;
          const { autoCloseKey } = splitNote(row.note);
          tx.update(tasks)
            .set({
              kind,
              title: row.source === 'rule' ? row.title : input.title,
              dueAt: input.dueAt,
              priority: input.priority,
              customerId: input.customerId,
              orderId: input.orderId,
              // The auto-close line is not the agent's to edit.
              note: autoCloseKey === null ? input.note : withAutoClose(input.note, autoCloseKey),
              complaintSteps: kind === 'complaint' ? (row.complaintSteps ?? freshComplaintSteps()) : null,
              ...(dueChanged
                ? {
                    remindedAt: null,
                    snoozedUntil: null,
                    status: row.status === 'snoozed' ? 'open' : row.status,
                  }
                : {}),
              updatedAt: at,
            })
            .where(eq(tasks.id, row.id))
            .run();
          return row.id;
        }
        if (input.title === '') throw new AppError('invalid', 'validation.task.titleRequired');
        assertLinks(who, input);
        const newTaskId = newId();
        tx.insert(tasks)
          .values({
            id: newTaskId,
            shopId: who.shopId,
            ownerId: who.agentId,
            scope: 'team',
            kind: input.kind,
            title: input.title,
            dueAt: input.dueAt,
            priority: input.priority,
            customerId: input.customerId,
            orderId: input.orderId,
            note: input.note,
            source: 'manual',
            complaintSteps: input.kind === 'complaint' ? freshComplaintSteps() : null,
            createdAt: at,
            updatedAt: at,
          })
          .run();
        return newTaskId;
      },
      { behavior: 'immediate' },
    );
    return view(id);
  }

  /** One status change under the write lock; `check` refuses changes that make no sense. */
  function transition(
    id: string,
    check: (row: typeof tasks.$inferSelect) => void,
    change: (row: typeof tasks.$inferSelect, at: number) => Partial<typeof tasks.$inferInsert>,
  ): TaskView {
    const who = requireIdentity(identity);
    const at = clock.now();
    db.transaction(
      (tx) => {
        const row = existing(who, id);
        check(row);
        tx.update(tasks)
          .set({ ...change(row, at), updatedAt: at })
          .where(eq(tasks.id, id))
          .run();
      },
      { behavior: 'immediate' },
    );
    return view(id);
  }

  const mustBeActive = (row: typeof tasks.$inferSelect) => {
    if (row.status !== 'open' && row.status !== 'snoozed') {
      throw new AppError('invalid', 'errors.task.notOpen', { status: row.status });
    }
  };

  const complete = (id: string) =>
    transition(
      id,
      (row) => {
        mustBeActive(row);
        const next = row.kind === 'complaint' ? nextComplaintStep(row.complaintSteps) : null;
        if (next !== null) throw new AppError('invalid', 'errors.task.complaintUnfinished', { step: next });
      },
      (_row, at) => ({ status: 'done', completedAt: at }),
    );

  const snooze = (id: string, until: number) =>
    transition(
      id,
      (row) => {
        mustBeActive(row);
        if (until <= clock.now()) throw new AppError('invalid', 'validation.task.snoozeInPast');
      },
      () => ({ status: 'snoozed', snoozedUntil: until, remindedAt: null }),
    );

  const cancel = (id: string) => transition(id, mustBeActive, () => ({ status: 'cancelled' }));

  const reopen = (id: string) =>
    transition(
      id,
      (row) => {
        if (row.status === 'open') throw new AppError('invalid', 'errors.task.alreadyOpen');
      },
      (row) => ({
        status: 'open',
        completedAt: null,
        snoozedUntil: null,
        remindedAt: null,
        note: withoutAutoClose(row.note),
      }),
    );

  const completeStep = (id: string, step: number, done: boolean) =>
    transition(
      id,
      (row) => {
        if (row.kind !== 'complaint') throw new AppError('invalid', 'errors.task.notComplaint');
        mustBeActive(row);
      },
      (row) => ({ complaintSteps: setComplaintStep(row.complaintSteps, step, done) }),
    );

  return {
    runRulesFor,
    runRulesAfterOrderChange,
    runAllRules,
    tick,
    list,
    badge,
    get: view,
    save,
    complete,
    snooze,
    cancel,
    reopen,
    setComplaintStep: completeStep,
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
