/** App, settings, hotkeys and the panel window. */
import { z } from 'zod';
import { languageSchema, settingsInputSchema, settingsSchema } from '../../core/settings/settings-schema';
import { hotkeySettingsSchema } from '../../core/settings/hotkey-settings';
import { startupSettingsSchema, startupStateSchema } from '../../core/settings/startup-settings';
import { QUESTION_MAX_LENGTH } from '../../core/platform/clipboard-question';
import { method, noInput, type MethodSpec } from '../contract-kit';
import type { APP_METHODS } from './app-methods';

const hotkeyRegistrationSchema = z.object({
  purpose: z.string(),
  accelerator: z.string(),
  state: z.enum(['registered', 'refused', 'unsupported']),
});

export const takenQuestionSchema = z.object({
  text: z.string().min(1).max(QUESTION_MAX_LENGTH),
  takenAt: z.number().int(),
});

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  shell: z.enum(['electron', 'web']),
  hotkeys: z.array(hotkeyRegistrationSchema),
});

export const hotkeyStateSchema = z.object({
  settings: hotkeySettingsSchema,
  registrations: z.array(hotkeyRegistrationSchema),
  /** Why this OS's default panel hotkey is what it is (shown on first run). */
  defaultReasonKey: z.string(),
});

export const selfTestReportSchema = z.object({
  ranAt: z.number(),
  checks: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['pass', 'fail', 'warn', 'skip']),
      messageKey: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  verdict: z.enum(['passed', 'failed', 'incomplete']),
  passed: z.boolean(),
  /** The report as plain text in the agent's language, to send to the supervisor. */
  text: z.string(),
});

export const tokenProtectionSchema = z.object({
  level: z.enum(['keychain', 'unprotected', 'none']),
  stored: z.enum(['absent', 'sealed', 'plain', 'unreadable']),
});

export const appContract = {
  'app.info': method(noInput, appInfoSchema),
  'panel.hide': method(noInput, z.null()),
  'panel.clipboardOrderNo': method(noInput, z.object({ orderNo: z.string().nullable() })),
  /** The buyer's question the question hotkey took (clipboard text, key-press time), once. */
  'panel.takeQuestion': method(noInput, z.object({ question: takenQuestionSchema.nullable() })),
  'settings.get': method(noInput, settingsSchema),
  'settings.save': method(settingsInputSchema, settingsSchema),
  'settings.setLanguage': method(z.object({ language: languageSchema }).strict(), settingsSchema),
  'hotkeys.get': method(noInput, hotkeyStateSchema),
  'hotkeys.save': method(hotkeySettingsSchema, hotkeyStateSchema),
  'startup.get': method(noInput, startupStateSchema),
  'startup.save': method(startupSettingsSchema, startupStateSchema),
  'app.selfTest': method(noInput, selfTestReportSchema),
  'app.tokenProtection': method(noInput, tokenProtectionSchema),
} satisfies Record<(typeof APP_METHODS)[number], MethodSpec>;
