/** The phrase library, the reply panel's search and delivery, and the reply linter. */
import { z } from 'zod';
import {
  deliveryOutcomeSchema,
  deliveryQuestionSchema,
  learnedQuestionSchema,
  suggestionHitSchema,
  lintFindingSchema,
  lintRuleInputSchema,
  lintRuleSchema,
  phraseGroupInputSchema,
  phraseGroupSchema,
  phraseInputSchema,
  phraseSchema,
  renderedPhraseSchema,
  searchHitSchema,
  variableContextSchema,
  variableInputSchema,
} from '../../core/phrases/phrase-schema';
import { PHRASE_FILE_FORMATS } from '../../core/phrases/phrase-file-format';
import {
  fileInput,
  fileOutput,
  idInput,
  importProblemSchema,
  method,
  noInput,
  type MethodSpec,
} from '../contract-kit';
import type { PHRASE_METHODS } from './phrase-methods';

export const importReportSchema = z.object({
  format: z.string(),
  encoding: z.string().optional(),
  totalRows: z.number().int(),
  toAdd: z.array(
    z.object({
      row: z.number().int(),
      groupName: z.string(),
      title: z.string(),
      shortcut: z.string(),
      scope: z.string(),
    }),
  ),
  newGroups: z.array(z.object({ name: z.string(), stage: z.string(), scope: z.string() })),
  duplicates: z.array(
    z.object({
      row: z.number().int(),
      title: z.string(),
      reason: z.enum(['sameContentInLibrary', 'sameContentInFile']),
    }),
  ),
  invalid: z.array(importProblemSchema),
});

/**
 * The library as the reply panel loads it: one array per phrase field (phrase i is entry i of
 * each), so ten thousand phrases do not repeat their field names (phrase-finder.ts).
 */
const phraseColumns = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object(
    Object.fromEntries(Object.entries(shape).map(([field, schema]) => [field, z.array(schema)])) as {
      [Field in keyof Shape]: z.ZodArray<Shape[Field]>;
    },
  );

const renderInput = z
  .object({
    phraseId: z.uuid(),
    context: variableContextSchema.default({}),
    values: variableInputSchema.default({}),
  })
  .strict();

export const phraseContract = {
  'phrases.library': method(
    noInput,
    z.object({
      groups: z.array(phraseGroupSchema),
      phrases: z.array(phraseSchema),
      canWriteTeam: z.boolean(),
    }),
  ),
  'phrases.panelLibrary': method(
    noInput,
    z.object({
      revision: z.string(),
      groups: z.array(phraseGroupSchema),
      phrases: phraseColumns(phraseSchema.shape),
    }),
  ),
  'phrases.search': method(
    z.object({ query: z.string().max(64), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    z.object({ total: z.number().int(), hits: z.array(searchHitSchema) }),
  ),
  'phrases.revision': method(noInput, z.object({ revision: z.string() })),
  'phrases.uses': method(
    noInput,
    z.object({ uses: z.array(z.object({ phraseId: z.uuid(), usedAt: z.array(z.number().int()) })) }),
  ),
  'phrases.save': method(phraseInputSchema, phraseSchema),
  'phrases.delete': method(idInput, z.null()),
  'phrases.reorder': method(
    z.object({ groupId: z.uuid(), orderedIds: z.array(z.uuid()).max(5000) }).strict(),
    z.null(),
  ),
  'phrases.render': method(renderInput, renderedPhraseSchema),
  'phrases.preview': method(
    z
      .object({
        body: z.string().max(2000),
        context: variableContextSchema.default({}),
        values: variableInputSchema.default({}),
      })
      .strict(),
    renderedPhraseSchema,
  ),
  'phrases.deliver': method(
    renderInput.extend({
      mode: z.enum(['paste', 'copy']),
      /** The buyer's question this reply answers (learned, and timed when the hotkey took it). */
      question: deliveryQuestionSchema.optional(),
      /** Delivered by a pinned phrase's own hotkey rather than from the panel. */
      pinned: z.boolean().default(false),
    }),
    z.object({ outcome: deliveryOutcomeSchema, text: z.string() }),
  ),
  'phrases.suggest': method(
    z.object({ question: z.string().max(500), limit: z.number().int().min(1).max(10).default(3) }).strict(),
    z.object({ question: z.string(), hits: z.array(suggestionHitSchema) }),
  ),
  'phrases.questions': method(
    z.object({ phraseId: z.uuid() }).strict(),
    z.object({ examples: z.array(z.string()), learned: z.array(learnedQuestionSchema) }),
  ),
  'phrases.pruneQuestion': method(
    z.object({ phraseId: z.uuid(), text: z.string().min(1).max(200) }).strict(),
    z.null(),
  ),
  'phrases.importPreview': method(fileInput, importReportSchema),
  'phrases.importApply': method(fileInput, importReportSchema),
  'phrases.export': method(z.object({ format: z.enum(PHRASE_FILE_FORMATS) }).strict(), fileOutput),
  'groups.save': method(phraseGroupInputSchema, phraseGroupSchema),
  'groups.delete': method(idInput, z.null()),
  'lint.rules': method(noInput, z.array(lintRuleSchema)),
  'lint.saveRule': method(lintRuleInputSchema, lintRuleSchema),
  'lint.deleteRule': method(idInput, z.null()),
  'lint.check': method(z.object({ text: z.string().max(2000) }).strict(), z.array(lintFindingSchema)),
} satisfies Record<(typeof PHRASE_METHODS)[number], MethodSpec>;
