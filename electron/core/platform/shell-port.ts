/**
 * What core and the contract may ask of the host shell (Electron, or the web host used for
 * development and tests). Each shell provides its own implementation.
 */
import type { HotkeySettings } from '../settings/hotkey-settings';
import type { StartupSettings, StartupState } from '../settings/startup-settings';
import type { HotkeyRegistration } from './hotkey-registration';
import type { DesktopSelfTestPorts } from './paste-self-test';
import type { TakenQuestion } from './question-inbox';

export type { HotkeyRegistration } from './hotkey-registration';

export interface ShellPort {
  /** Which shell serves the UI: the desktop app or the browser-based web host. */
  readonly kind: 'electron' | 'web';
  hotkeys(): HotkeyRegistration[];
  /** Hide the reply panel so focus returns to the chat client. */
  hidePanel(): void;
  /** Re-register global hotkeys after Settings changed them; answers the new states. */
  applyHotkeys(hotkeys: HotkeySettings): HotkeyRegistration[];
  /** Plain text on the system clipboard ('' when there is none or the host cannot read it). */
  readClipboardText(): Promise<string>;
  /** The buyer's question the question hotkey took since the panel last asked; once, then null. */
  collectQuestion(): TakenQuestion | null;
  /**
   * Restart the app soon (after the current answer is sent), e.g. to swap in a restored backup;
   * false where the shell cannot restart itself.
   */
  relaunch(): boolean;
  /** Register (or remove) the app as started at login; `unsupported` where it cannot. */
  applyStartup(settings: StartupSettings): StartupState['state'];
  /** What 粘贴自检 drives on this desktop; null where nothing can be pasted into (the web host). */
  selfTestDesktop(): DesktopSelfTestPorts | null;
}
