/**
 * The checklist as the contract sees it, derived from the drizzle tables so field types have one
 * source. Messages are i18n keys (locales/*.json `validation.checklist.*`).
 */
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { checklistItems, checklistSteps, checklistTemplates } from '../../../db/schema';
import { CUTOFF_TIME_PATTERN } from '../settings/settings-schema';
import { DATA_LINKS } from './checklist-data-links';
import { dataLinkTargetSchema } from './data-link-target';

const dataLinkSchema = z.enum(DATA_LINKS, { error: 'validation.checklist.dataLink' });

export const checklistStepSchema = createSelectSchema(checklistSteps)
  .pick({
    id: true,
    stepKey: true,
    sortOrder: true,
    titleZh: true,
    titleEn: true,
    helpZh: true,
    helpEn: true,
    anchorTime: true,
    phraseGroupId: true,
  })
  .extend({ dataLink: dataLinkSchema.nullable() });

export const checklistTemplateSchema = createSelectSchema(checklistTemplates)
  .pick({ id: true, name: true, updatedAt: true })
  .extend({
    steps: z.array(checklistStepSchema),
    /** Whether the signed-in identity may edit it (supervisors); agents see it read-only. */
    editable: z.boolean(),
    /** The data links a step can take, for the editor's choice (labels: `checklist.link.<name>`). */
    dataLinks: z.array(dataLinkSchema),
  });

const title = (s: z.ZodString) =>
  s.trim().min(1, 'validation.checklist.titleRequired').max(40, 'validation.checklist.titleTooLong');
const help = (s: z.ZodString) => s.trim().max(500, 'validation.checklist.helpTooLong');

/** Add (no id) or edit one step; a new step goes to the end unless reordered. */
export const checklistStepInputSchema = createInsertSchema(checklistSteps, {
  titleZh: title,
  titleEn: title,
  helpZh: help,
  helpEn: help,
  anchorTime: (s) => s.regex(CUTOFF_TIME_PATTERN, 'validation.checklist.anchorTime'),
  phraseGroupId: (s) => s.uuid('validation.checklist.phraseGroup'),
})
  .pick({ titleZh: true, titleEn: true, helpZh: true, helpEn: true, anchorTime: true, phraseGroupId: true })
  .extend({
    id: z.uuid().optional(),
    dataLink: dataLinkSchema.nullable().default(null),
    anchorTime: z
      .string()
      .regex(CUTOFF_TIME_PATTERN, 'validation.checklist.anchorTime')
      .nullable()
      .default(null),
    phraseGroupId: z.uuid('validation.checklist.phraseGroup').nullable().default(null),
    helpZh: help(z.string()).default(''),
    helpEn: help(z.string()).default(''),
  })
  .strict();

export const checklistReorderInputSchema = z.object({ stepIds: z.array(z.uuid()).min(1).max(100) }).strict();

export const checklistItemSchema = createSelectSchema(checklistItems)
  .pick({ id: true, stepKey: true, sortOrder: true, checkedAt: true, note: true, carriedFromDay: true })
  .extend({
    step: checklistStepSchema,
    /** The step's live count now; null for a step without a data link. */
    count: z.number().int().nullable(),
    target: dataLinkTargetSchema.nullable(),
  });

export const checklistTodaySchema = z.object({
  dayId: z.uuid(),
  day: z.string(),
  /** The agent's latest earlier day (leftovers come from it); null on their first day. */
  previousDay: z.string().nullable(),
  /** Unfinished items carried from the previous day first, then the SOP order. */
  items: z.array(checklistItemSchema),
  overdueTasks: z.number().int(),
  progress: z.object({ checked: z.number().int(), total: z.number().int() }),
});

export const checklistCheckInputSchema = z
  .object({
    itemId: z.uuid(),
    note: z.string().trim().max(500, 'validation.checklist.noteTooLong').default(''),
    /** The agent confirmed checking a step whose list is not empty yet. */
    confirmed: z.boolean().default(false),
  })
  .strict();

export type ChecklistStep = z.infer<typeof checklistStepSchema>;
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;
export type ChecklistStepInput = z.output<typeof checklistStepInputSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistToday = z.infer<typeof checklistTodaySchema>;
export type ChecklistCheckInput = z.output<typeof checklistCheckInputSchema>;
