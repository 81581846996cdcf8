/**
 * The one contract between the UI and the app: method name → zod input and output. Both
 * transports (Electron IPC and the web host's WebSocket) serve exactly this table.
 */
import { z } from 'zod';
import type { MethodName } from './method-names';
import { languageSchema, settingsInputSchema, settingsSchema } from '../core/settings/settings-schema';
import { hotkeySettingsSchema } from '../core/settings/hotkey-settings';
import {
  deliveryOutcomeSchema,
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
} from '../core/phrases/phrase-schema';
import { PHRASE_FILE_FORMATS } from '../core/phrases/phrase-file-format';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const noInput = z.object({}).strict();

const hotkeyRegistrationSchema = z.object({
  purpose: z.string(),
  accelerator: z.string(),
  state: z.enum(['registered', 'refused', 'unsupported']),
});

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  shell: z.enum(['electron', 'web']),
  hotkeys: z.array(hotkeyRegistrationSchema),
});

const idInput = z.object({ id: z.uuid() }).strict();
/** Files travel base64-encoded inside the call; 8 MB of spreadsheet is far beyond any phrase library. */
const fileInput = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.base64().max(11_200_000, 'validation.import.tooLarge'),
  })
  .strict();
const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  messageKey: z.string(),
  params: z.record(z.string(), z.unknown()),
});

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

const renderInput = z
  .object({
    phraseId: z.uuid(),
    context: variableContextSchema.default({}),
    values: variableInputSchema.default({}),
  })
  .strict();

export const hotkeyStateSchema = z.object({
  settings: hotkeySettingsSchema,
  registrations: z.array(hotkeyRegistrationSchema),
});

export const contract = {
  'app.info': method(noInput, appInfoSchema),
  'panel.hide': method(noInput, z.null()),
  'settings.get': method(noInput, settingsSchema),
  'settings.save': method(settingsInputSchema, settingsSchema),
  'settings.setLanguage': method(z.object({ language: languageSchema }).strict(), settingsSchema),
  'hotkeys.get': method(noInput, hotkeyStateSchema),
  'hotkeys.save': method(hotkeySettingsSchema, hotkeyStateSchema),
  'phrases.library': method(
    noInput,
    z.object({
      groups: z.array(phraseGroupSchema),
      phrases: z.array(phraseSchema),
      canWriteTeam: z.boolean(),
    }),
  ),
  'phrases.search': method(
    z.object({ query: z.string().max(64), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    z.object({ total: z.number().int(), hits: z.array(searchHitSchema) }),
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
    renderInput.extend({ mode: z.enum(['paste', 'copy']) }),
    z.object({ outcome: deliveryOutcomeSchema, text: z.string() }),
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
  'panel.clipboardOrderNo': method(noInput, z.object({ orderNo: z.string().nullable() })),
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type { MethodName } from './method-names';
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** The input after validation (defaults applied): what handlers receive. */
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
