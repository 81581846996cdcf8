/**
 * The morning briefing (每日早会) as the contract sees it, derived from the drizzle tables. Every
 * message is an i18n key (locales `validation.briefing.*`).
 */
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { BRIEFING_PHRASES_MAX, TEXT_LIMITS } from '../../../common/sync/field-limits';
import { briefings } from '../../../db/schema';

/** A phrase the supervisor pushed, as the Today card shows and pastes it. */
export const briefingPhraseSchema = z.object({
  id: z.string(),
  title: z.string(),
  shortcut: z.string(),
  body: z.string(),
});

export const briefingSchema = createSelectSchema(briefings)
  .pick({
    id: true,
    day: true,
    activities: true,
    focusProducts: true,
    notes: true,
    publishedAt: true,
    publishedBy: true,
    updatedAt: true,
  })
  .extend({
    phraseIds: z.array(z.string()),
    /** The pushed phrases still in the library, in the supervisor's order. */
    phrases: z.array(briefingPhraseSchema),
  });

/** What 今日 opens with: the shop day's briefing (agents see it once published) and this agent's 已读. */
export const briefingTodaySchema = z.object({
  day: z.string(),
  briefing: briefingSchema.nullable(),
  readAt: z.number().nullable(),
  /** Supervisors and admins write the briefing; agents read and acknowledge it. */
  editable: z.boolean(),
});

const section = (tooLong: string) => (s: z.ZodString) => s.trim().max(TEXT_LIMITS.long, tooLong);

/** Today's briefing as the supervisor writes it; `publish` shows it to the agents. */
export const briefingSaveInputSchema = createInsertSchema(briefings, {
  activities: section('validation.briefing.activitiesTooLong'),
  focusProducts: section('validation.briefing.focusProductsTooLong'),
  notes: section('validation.briefing.notesTooLong'),
})
  .pick({ activities: true, focusProducts: true, notes: true })
  .extend({
    phraseIds: z
      .array(z.uuid('validation.briefing.phraseUnknown'))
      .max(BRIEFING_PHRASES_MAX, 'validation.briefing.tooManyPhrases')
      .default([]),
    publish: z.boolean().default(false),
  })
  .strict();

/** One agent of the shop and, once acknowledged, when they read the briefing. */
export const briefingReaderSchema = z.object({
  agentId: z.string(),
  /** 工号 and name where the desk has them (the agent's synced daily logs); null otherwise. */
  agentCode: z.string().nullable(),
  name: z.string().nullable(),
  readAt: z.number().nullable(),
});

/** Who has read today's briefing, for the supervisor: readers by time, then those not yet. */
export const briefingReadsSchema = z.object({
  day: z.string(),
  briefingId: z.string().nullable(),
  read: z.array(briefingReaderSchema),
  unread: z.array(briefingReaderSchema),
});

export type Briefing = z.infer<typeof briefingSchema>;
export type BriefingToday = z.infer<typeof briefingTodaySchema>;
export type BriefingSaveInput = z.output<typeof briefingSaveInputSchema>;
export type BriefingReader = z.infer<typeof briefingReaderSchema>;
export type BriefingReads = z.infer<typeof briefingReadsSchema>;
