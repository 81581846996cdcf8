/** App, settings, hotkeys and the panel window. */
import { z } from 'zod';
import { languageSchema, settingsInputSchema, settingsSchema } from '../../core/settings/settings-schema';
import { hotkeySettingsSchema } from '../../core/settings/hotkey-settings';
import { startupSettingsSchema, startupStateSchema } from '../../core/settings/startup-settings';
import { method, noInput, type MethodSpec } from '../contract-kit';
import type { APP_METHODS } from './app-methods';

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

export const hotkeyStateSchema = z.object({
  settings: hotkeySettingsSchema,
  registrations: z.array(hotkeyRegistrationSchema),
});

export const appContract = {
  'app.info': method(noInput, appInfoSchema),
  'panel.hide': method(noInput, z.null()),
  'panel.clipboardOrderNo': method(noInput, z.object({ orderNo: z.string().nullable() })),
  'settings.get': method(noInput, settingsSchema),
  'settings.save': method(settingsInputSchema, settingsSchema),
  'settings.setLanguage': method(z.object({ language: languageSchema }).strict(), settingsSchema),
  'hotkeys.get': method(noInput, hotkeyStateSchema),
  'hotkeys.save': method(hotkeySettingsSchema, hotkeyStateSchema),
  'startup.get': method(noInput, startupStateSchema),
  'startup.save': method(startupSettingsSchema, startupStateSchema),
} satisfies Record<(typeof APP_METHODS)[number], MethodSpec>;
