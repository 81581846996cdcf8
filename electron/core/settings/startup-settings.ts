/**
 * 开机启动: start Kefu Desk when the agent logs in to the PC, optionally hidden in the tray so the
 * chat client keeps the screen. Install-local, like the hotkeys; the shell applies it to the OS.
 */
import { z } from 'zod';

export const startupSettingsSchema = z
  .object({
    startAtLogin: z.boolean(),
    /** Started at login: only the tray icon, no window until the agent opens one. */
    startHidden: z.boolean(),
  })
  .strict();
export type StartupSettings = z.infer<typeof startupSettingsSchema>;

export const DEFAULT_STARTUP: StartupSettings = { startAtLogin: false, startHidden: true };

/** What the shell did with it: `unsupported` where it cannot register itself (the web host). */
export const STARTUP_STATES = ['applied', 'unsupported', 'failed'] as const;
export const startupStateSchema = z.object({
  settings: startupSettingsSchema,
  state: z.enum(STARTUP_STATES),
});
export type StartupState = z.infer<typeof startupStateSchema>;
