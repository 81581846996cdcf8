/**
 * Global hotkeys: the reply panel, the buyer's question (the clipboard into the panel) and up to
 * 10 pinned phrases (Ctrl+Alt+1…0 by default).
 * Accelerators use Electron's syntax; two of our own bindings may never share one.
 */
import { z } from 'zod';
import { DEFAULT_QUESTION_HOTKEY, defaultPanelHotkey } from '../platform/hotkey-defaults';

export const PINNED_SLOTS = 10;

const MODIFIERS = new Map<string, string>([
  ['commandorcontrol', 'ctrl'],
  ['cmdorctrl', 'ctrl'],
  ['control', 'ctrl'],
  ['ctrl', 'ctrl'],
  ['command', 'cmd'],
  ['cmd', 'cmd'],
  ['super', 'super'],
  ['meta', 'super'],
  ['alt', 'alt'],
  ['option', 'alt'],
  ['altgr', 'altgr'],
  ['shift', 'shift'],
]);
const KEY =
  /^([a-z0-9]|f([1-9]|1[0-9]|2[0-4])|space|tab|enter|return|backspace|delete|insert|home|end|pageup|pagedown|up|down|left|right|esc|escape|plus|[`\-=[\]\\;',./])$/;

/**
 * A comparable form (`alt+ctrl+v`), or null when it is not a global-hotkey accelerator: at least
 * one modifier (a bare key would be stolen from every other program) and exactly one key.
 */
export function normaliseAccelerator(accelerator: string): string | null {
  const parts = accelerator.split('+').map((p) => p.trim().toLowerCase());
  const key = parts.pop();
  if (!key || !KEY.test(key) || parts.length === 0) return null;
  const modifiers = new Set<string>();
  for (const part of parts) {
    const modifier = MODIFIERS.get(part);
    if (!modifier || modifiers.has(modifier)) return null;
    modifiers.add(modifier);
  }
  return [...[...modifiers].sort(), key === 'return' ? 'enter' : key === 'escape' ? 'esc' : key].join('+');
}

const acceleratorSchema = z
  .string()
  .trim()
  .refine((a) => normaliseAccelerator(a) !== null, 'validation.hotkey.format');

export const hotkeySettingsSchema = z
  .object({
    panel: acceleratorSchema,
    question: acceleratorSchema,
    pinned: z
      .array(
        z
          .object({
            slot: z.number().int().min(1).max(PINNED_SLOTS),
            phraseId: z.uuid().nullable(),
            accelerator: acceleratorSchema,
          })
          .strict(),
      )
      .length(PINNED_SLOTS),
  })
  .strict()
  .superRefine((hotkeys, ctx) => {
    const seen = new Map<string, string>();
    const claim = (accelerator: string, path: (string | number)[], label: string) => {
      const normal = normaliseAccelerator(accelerator);
      if (!normal) return;
      const holder = seen.get(normal);
      if (holder) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: 'validation.hotkey.conflict',
          params: { with: holder },
        });
      } else {
        seen.set(normal, label);
      }
    };
    claim(hotkeys.panel, ['panel'], 'panel');
    claim(hotkeys.question, ['question'], 'question');
    hotkeys.pinned.forEach((pin, index) => {
      if (pin.phraseId !== null)
        claim(pin.accelerator, ['pinned', index, 'accelerator'], `pinned-${pin.slot}`);
    });
  });

export type HotkeySettings = z.infer<typeof hotkeySettingsSchema>;

/** The defaults for an OS: its free panel hotkey, Alt+Q, and empty pinned slots on Ctrl+Alt+1…0. */
export function defaultHotkeys(platform: NodeJS.Platform): HotkeySettings {
  return {
    panel: defaultPanelHotkey(platform),
    question: DEFAULT_QUESTION_HOTKEY,
    pinned: Array.from({ length: PINNED_SLOTS }, (_, i) => ({
      slot: i + 1,
      phraseId: null,
      accelerator: `Ctrl+Alt+${(i + 1) % 10}`,
    })),
  };
}

/** The defaults on the OS this process runs on. */
export const DEFAULT_HOTKEYS: HotkeySettings = defaultHotkeys(process.platform);
