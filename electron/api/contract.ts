/**
 * The one contract between the UI and the app: method name → zod input and output. Both
 * transports (Electron IPC and the web host's WebSocket) serve exactly this table.
 */
import { z } from 'zod';
import type { MethodName } from './method-names';
import { languageSchema, settingsInputSchema, settingsSchema } from '../core/settings/settings-schema';

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

export const contract = {
  'app.info': method(noInput, appInfoSchema),
  'panel.hide': method(noInput, z.null()),
  'settings.get': method(noInput, settingsSchema),
  'settings.save': method(settingsInputSchema, settingsSchema),
  'settings.setLanguage': method(z.object({ language: languageSchema }).strict(), settingsSchema),
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type { MethodName } from './method-names';
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
