/** A global hotkey as the shell registered it (or could not), for Settings and 粘贴自检. */
export interface HotkeyRegistration {
  /** What the binding is for, e.g. `panel` or `pinned-1`. */
  purpose: string;
  accelerator: string;
  /** `refused`: the OS or another app holds it; `unsupported`: this host has no global hotkeys. */
  state: 'registered' | 'refused' | 'unsupported';
}
