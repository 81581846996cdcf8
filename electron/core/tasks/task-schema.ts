/** Task shapes for the contract. Every message is an i18n key (locales `validation.*`). */
import { z } from 'zod';
import { TASK_KINDS, TASK_PRIORITIES, TASK_SOURCES, TASK_STATUSES } from '../../../db/enums';
import { COMPLAINT_STEPS } from './complaint-steps';

export const MAX_TASK_TITLE_LENGTH = 100;
export const MAX_TASK_NOTE_LENGTH = 2000;

const epochMs = z.number().int().nonnegative();

export const taskSchema = z.object({
  id: z.string(),
  kind: z.enum(TASK_KINDS),
  /** A manual task's own title; for a rule task the i18n key also given as `titleKey`. */
  title: z.string(),
  /** Rule tasks: render `t(titleKey, titleParams)` in the UI's language. Null for manual tasks. */
  titleKey: z.string().nullable(),
  titleParams: z.object({ orderNo: z.string(), buyerNick: z.string() }),
  dueAt: z.number().nullable(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
  snoozedUntil: z.number().nullable(),
  customerId: z.string().nullable(),
  customerNick: z.string().nullable(),
  orderId: z.string().nullable(),
  orderNo: z.string().nullable(),
  /** The agent's note, without the auto-close line. */
  note: z.string(),
  /** Set when a rule cancelled the task because its cause went away (`tasks.autoClose.*`). */
  autoCloseKey: z.string().nullable(),
  source: z.enum(TASK_SOURCES),
  /** Complaint tasks: the six steps in order (`tasks.complaintStep.<key>`); null for other kinds. */
  complaintSteps: z.array(z.boolean()).nullable(),
  completedAt: z.number().nullable(),
  remindedAt: z.number().nullable(),
  /** What the task's quick reply types into the reply panel's search. */
  replyQuery: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type TaskView = z.infer<typeof taskSchema>;

export const taskInputSchema = z
  .object({
    id: z.uuid().optional(),
    kind: z.enum(TASK_KINDS),
    /** Required for manual tasks; ignored for rule tasks, whose title follows their kind. */
    title: z.string().trim().max(MAX_TASK_TITLE_LENGTH, 'validation.task.titleTooLong').default(''),
    dueAt: epochMs.nullable().default(null),
    priority: z.enum(TASK_PRIORITIES).default('normal'),
    customerId: z.uuid().nullable().default(null),
    orderId: z.uuid().nullable().default(null),
    note: z.string().trim().max(MAX_TASK_NOTE_LENGTH, 'validation.task.noteTooLong').default(''),
  })
  .strict();
export type TaskInput = z.output<typeof taskInputSchema>;

export const taskListInputSchema = z
  .object({
    /** `today`: only what is overdue or due today (the CLI's `--due today`). */
    due: z.enum(['all', 'today']).default('all'),
    orderId: z.uuid().optional(),
    customerId: z.uuid().optional(),
    /** Also list done and cancelled tasks, most recent first. */
    includeClosed: z.boolean().default(false),
    /** Per group. */
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();
export type TaskListInput = z.output<typeof taskListInputSchema>;

const taskList = z.array(taskSchema);
export const taskListSchema = z.object({
  /** Today in the shop's time zone, `YYYY-MM-DD`: the day the groups are cut by. */
  day: z.string(),
  overdue: taskList,
  today: taskList,
  upcoming: taskList,
  /** Snoozed and not yet due again. */
  snoozed: taskList,
  closed: taskList,
  /** Group sizes before `limit`. */
  counts: z.object({
    overdue: z.number().int(),
    today: z.number().int(),
    upcoming: z.number().int(),
    snoozed: z.number().int(),
    closed: z.number().int(),
  }),
});
export type TaskList = z.infer<typeof taskListSchema>;

export const snoozeInputSchema = z.object({ id: z.uuid(), until: epochMs }).strict();

export const complaintStepInputSchema = z
  .object({
    id: z.uuid(),
    step: z
      .number()
      .int()
      .min(0)
      .max(COMPLAINT_STEPS.length - 1),
    done: z.boolean(),
  })
  .strict();

export const runRulesInputSchema = z.object({ orderIds: z.array(z.uuid()).max(100_000).optional() }).strict();
export const ruleRunSchema = z.object({
  created: z.number().int(),
  reopened: z.number().int(),
  closed: z.number().int(),
});
export type RuleRun = z.infer<typeof ruleRunSchema>;

export const taskBadgeSchema = z.object({ overdue: z.number().int(), dueToday: z.number().int() });
export type TaskBadge = z.infer<typeof taskBadgeSchema>;
