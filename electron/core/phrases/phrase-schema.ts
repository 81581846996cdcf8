/**
 * Phrase library shapes for the contract, derived from the drizzle tables. Every message is an
 * i18n key (locales `validation.*`).
 */
import { z } from 'zod';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { lintRules, phraseGroups, phrases } from '../../../db/schema';
import { QUESTION_LIMITS } from '../../../common/sync/field-limits';
import { INTENT_IDS } from '../../../common/suggest/suggestion-types';
import { VARIABLE_KEYS } from './phrase-variables';

/** 快捷编码: short lowercase letters/digits typed in the panel, e.g. `fh`. Empty = none. */
export const SHORTCUT_PATTERN = /^[a-z0-9]{0,12}$/;
/** Limits shared by the editor (these schemas) and the importer (phrase-import-plan.ts). */
export const MAX_BODY_LENGTH = 2000;
export const MAX_TITLE_LENGTH = 60;
export const MAX_GROUP_NAME_LENGTH = 20;
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 20;

const tagsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'validation.phrase.tagEmpty')
      .max(MAX_TAG_LENGTH, 'validation.phrase.tagTooLong'),
  )
  .max(MAX_TAGS, 'validation.phrase.tooManyTags');

/** 买家问题示例: the buyer questions a phrase answers, as the editor and the importer take them. */
export const questionsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'validation.phrase.questionEmpty')
      .max(QUESTION_LIMITS.length, 'validation.phrase.questionTooLong'),
  )
  .max(QUESTION_LIMITS.perPhrase, 'validation.phrase.tooManyQuestions');

export const phraseGroupSchema = createSelectSchema(phraseGroups).pick({
  id: true,
  name: true,
  stage: true,
  scope: true,
  sortOrder: true,
});

export const phraseSchema = createSelectSchema(phrases, {
  tags: z.array(z.string()),
  questions: z.array(z.string()),
}).pick({
  id: true,
  groupId: true,
  title: true,
  shortcut: true,
  body: true,
  tags: true,
  questions: true,
  stage: true,
  scope: true,
  sortOrder: true,
  updatedAt: true,
});

export const phraseGroupInputSchema = createInsertSchema(phraseGroups, {
  name: (s) =>
    s
      .trim()
      .min(1, 'validation.group.nameRequired')
      .max(MAX_GROUP_NAME_LENGTH, 'validation.group.nameTooLong'),
})
  .pick({ name: true, stage: true, scope: true })
  .required()
  .extend({ id: z.uuid().optional() })
  .strict();

export const phraseInputSchema = createInsertSchema(phrases, {
  title: (s) =>
    s
      .trim()
      .min(1, 'validation.phrase.titleRequired')
      .max(MAX_TITLE_LENGTH, 'validation.phrase.titleTooLong'),
  shortcut: (s) => s.trim().toLowerCase().regex(SHORTCUT_PATTERN, 'validation.phrase.shortcut'),
  body: (s) =>
    s.trim().min(1, 'validation.phrase.bodyRequired').max(MAX_BODY_LENGTH, 'validation.phrase.bodyTooLong'),
  tags: tagsSchema,
})
  .pick({ groupId: true, title: true, shortcut: true, body: true, tags: true, stage: true, scope: true })
  .required()
  // Left out, an edit keeps the phrase's example questions (callers that predate them).
  .extend({ id: z.uuid().optional(), questions: questionsSchema.optional() })
  .strict();

export const lintRuleSchema = createSelectSchema(lintRules).pick({
  id: true,
  category: true,
  pattern: true,
  isRegex: true,
  suggestion: true,
  severity: true,
  enabled: true,
});

export const lintRuleInputSchema = createInsertSchema(lintRules, {
  pattern: (s) =>
    s.trim().min(1, 'validation.lintRule.patternRequired').max(200, 'validation.lintRule.patternTooLong'),
  suggestion: (s) => s.trim().max(200, 'validation.lintRule.suggestionTooLong'),
})
  .pick({ category: true, pattern: true, isRegex: true, suggestion: true, severity: true, enabled: true })
  .required()
  .extend({ id: z.uuid().optional() })
  .strict();

/** Who/what the reply is about; typed in the panel's context line or picked from customers/orders. */
export const variableContextSchema = z
  .object({
    buyerNick: z.string().trim().max(64).optional(),
    orderNo: z.string().trim().max(64).optional(),
    courier: z.string().trim().max(20).optional(),
    trackingNo: z.string().trim().max(64).optional(),
  })
  .strict();

/** Values the agent typed into the inline variable form. */
export const variableInputSchema = z.partialRecord(z.enum(VARIABLE_KEYS), z.string().trim().max(200));

export const lintFindingSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  ruleId: z.string(),
  category: z.enum([
    'negative',
    'absolute',
    'diversion',
    'variable',
    'invoice',
    'unknownVariable',
    'pastCutoff',
  ]),
  severity: z.enum(['warning', 'error']),
  suggestion: z.string().nullable(),
  /** The cut-off a same-day promise comes after (pastCutoff findings only). */
  cutoffTime: z.string().optional(),
});

export const renderedPhraseSchema = z.object({
  text: z.string(),
  /** True when every variable has a value: only then may the text be pasted. */
  complete: z.boolean(),
  missing: z.array(z.enum(VARIABLE_KEYS)),
  unknown: z.array(z.string()),
  findings: z.array(lintFindingSchema),
});

export const searchHitSchema = z.object({
  phrase: phraseSchema,
  groupName: z.string(),
  tier: z.enum(['shortcutExact', 'shortcutPrefix', 'title', 'tags', 'body']),
  matchedBy: z.enum(['shortcut', 'text', 'pinyinFull', 'pinyinInitials']),
  score: z.number(),
});

/** A buyer question the delivered phrase answered: the panel learns it, and times the reply. */
export const deliveryQuestionSchema = z
  .object({
    /** The buyer's message as taken; only its normalised form is ever stored. */
    text: z.string().max(500),
    /** When the question hotkey took it from the clipboard (epoch ms). */
    takenAt: z.number().int().nonnegative().optional(),
    via: z.enum(['suggestion', 'search']),
  })
  .strict();

export const suggestionHitSchema = z.object({
  phrase: phraseSchema,
  groupName: z.string(),
  score: z.number(),
  why: z.object({
    intents: z.array(z.enum(INTENT_IDS)),
    words: z.array(z.string()),
    question: z.string().nullable(),
  }),
});

export const learnedQuestionSchema = z.object({
  text: z.string(),
  picks: z.number().int(),
  lastUsedAt: z.number().int(),
});

export const deliveryOutcomeSchema = z.union([
  z.object({ status: z.literal('pasted') }),
  z.object({ status: z.literal('copied') }),
  z.object({
    status: z.literal('copiedOnly'),
    reason: z.enum(['accessibilityDenied', 'injectionFailed', 'unsupported', 'elevatedTarget', 'focusLost']),
  }),
]);

export type PhraseGroup = z.infer<typeof phraseGroupSchema>;
export type Phrase = z.infer<typeof phraseSchema>;
export type PhraseInput = z.infer<typeof phraseInputSchema>;
export type PhraseGroupInput = z.infer<typeof phraseGroupInputSchema>;
export type LintRule = z.infer<typeof lintRuleSchema>;
export type LintRuleInput = z.infer<typeof lintRuleInputSchema>;
export type VariableContextInput = z.infer<typeof variableContextSchema>;
export type VariableInput = z.infer<typeof variableInputSchema>;
export type RenderedPhrase = z.infer<typeof renderedPhraseSchema>;
export type SearchHitView = z.infer<typeof searchHitSchema>;
export type DeliveryOutcome = z.infer<typeof deliveryOutcomeSchema>;
export type DeliveryQuestion = z.infer<typeof deliveryQuestionSchema>;
export type SuggestionHitView = z.infer<typeof suggestionHitSchema>;
export type LearnedQuestionView = z.infer<typeof learnedQuestionSchema>;
