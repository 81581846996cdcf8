/**
 * 粘贴自检: the whole hotkey → panel → paste loop, run on the agent's own PC against a small
 * separate test window, with a pass/fail per step the agent can send to the supervisor. It runs
 * the product's own parts: the hotkey registrations, the capture the hotkey does, the real panel,
 * and the paste injector the reply panel uses (its steps are reported as they happen).
 *
 * The shell provides the ports; the web host has none of the desktop ones, and those checks are
 * reported as skipped there.
 */
import type { WindowHandle } from './foreground-window';
import type { PasteInjector, PasteStep } from './paste-injector';
import type { HotkeyRegistration } from './hotkey-registration';
import type { TokenProtectionLevel } from './token-protection';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface SelfTestCheck {
  id: string;
  status: CheckStatus;
  /** i18n key of the sentence shown for this check and status. */
  messageKey: string;
  params: Record<string, string | number>;
}

export interface SelfTestReport {
  ranAt: number;
  checks: SelfTestCheck[];
  /** `incomplete`: nothing failed, but the paste loop could not run here (the web host). */
  verdict: 'passed' | 'failed' | 'incomplete';
  passed: boolean;
}

/** The small window the test pastes into, in a process of its own like a chat client. */
export interface TestTarget {
  text(): Promise<string>;
  close(): Promise<void>;
}

export interface DesktopSelfTestPorts {
  accessibility(): 'granted' | 'denied' | 'notNeeded';
  displayServer(): 'x11' | 'xwayland' | 'wayland' | 'none' | 'notLinux';
  /** Opens and focuses the test window; resolves once its text field has the keyboard. */
  openTarget(): Promise<TestTarget>;
  /** What the hotkey does before showing the panel: records the foreground window. */
  capture(): WindowHandle | null;
  showPanel(): Promise<void>;
  /** What a paste from the panel does first. */
  hidePanel(): void;
  /** Presses and holds Ctrl+Alt as a pinned-phrase hotkey leaves them; resolves to a release. */
  holdModifiers(): Promise<() => void>;
  clipboard: { writeText(text: string): Promise<void>; readText(): Promise<string> };
  injector: PasteInjector;
  /** After the test: the main window back in front. */
  done(): void;
}

export interface SelfTestPorts {
  hotkeys(): HotkeyRegistration[];
  tokenProtection(): { level: TokenProtectionLevel; stored: 'absent' | 'sealed' | 'plain' | 'unreadable' };
  desktop: DesktopSelfTestPorts | null;
  now(): number;
  delay(ms: number): Promise<void>;
}

export const SELF_TEST_TEXT = '客服台粘贴自检 Kefu Desk paste test ✓';
const PREVIOUS_CLIPBOARD = '粘贴自检之前的剪贴板 previous clipboard';
const ARRIVAL_TIMEOUT_MS = 3000;
const ARRIVAL_POLL_MS = 50;

const check = (
  id: string,
  status: CheckStatus,
  params: Record<string, string | number> = {},
): SelfTestCheck => ({ id, status, messageKey: `selfTest.check.${id}.${status}`, params });

function hotkeyChecks(registrations: HotkeyRegistration[]): SelfTestCheck[] {
  if (registrations.length === 0) return [check('hotkeys', 'skip')];
  return registrations.map(({ purpose, accelerator, state }) =>
    check('hotkey', state === 'registered' ? 'pass' : state === 'refused' ? 'fail' : 'skip', {
      purpose,
      accelerator,
    }),
  );
}

function tokenCheck({ level, stored }: ReturnType<SelfTestPorts['tokenProtection']>): SelfTestCheck {
  if (stored === 'unreadable') return check('token', 'fail', { level });
  if (level === 'keychain') return check('token', 'pass', { level });
  return check('token', stored === 'absent' ? 'skip' : 'warn', { level });
}

const DISPLAY_STATUS = {
  x11: 'pass',
  xwayland: 'warn',
  wayland: 'fail',
  none: 'fail',
  notLinux: 'skip',
} as const;

/** The paste steps the injector reports, as checks. */
const pasteStepCheck = ({ step, status, detail = {} }: PasteStep): SelfTestCheck =>
  check(`paste.${step}`, status, detail);

async function pasteLoop(desktop: DesktopSelfTestPorts, ports: SelfTestPorts): Promise<SelfTestCheck[]> {
  const checks: SelfTestCheck[] = [];
  let target: TestTarget;
  try {
    target = await desktop.openTarget();
    checks.push(check('target', 'pass'));
  } catch (error) {
    return [check('target', 'fail', { error: String(error) })];
  }
  let release: (() => void) | null = null;
  try {
    const captured = desktop.capture();
    checks.push(
      captured === null ? check('capture', 'fail') : check('capture', 'pass', { window: captured }),
    );
    await desktop.showPanel();
    checks.push(check('panel', 'pass'));
    await desktop.clipboard.writeText(PREVIOUS_CLIPBOARD);
    try {
      release = await desktop.holdModifiers();
      checks.push(check('holdModifiers', 'pass'));
    } catch (error) {
      checks.push(check('holdModifiers', 'warn', { error: String(error) }));
    }
    desktop.hidePanel();
    const outcome = await desktop.injector.paste(SELF_TEST_TEXT, (step) => checks.push(pasteStepCheck(step)));
    checks.push(
      check('outcome', outcome.status === 'pasted' ? 'pass' : 'fail', {
        outcome: outcome.status === 'pasted' ? outcome.status : outcome.reason,
      }),
    );
    const started = ports.now();
    let arrived = await target.text();
    while (arrived !== SELF_TEST_TEXT && ports.now() - started < ARRIVAL_TIMEOUT_MS) {
      await ports.delay(ARRIVAL_POLL_MS);
      arrived = await target.text();
    }
    checks.push(
      arrived === SELF_TEST_TEXT ? check('arrived', 'pass') : check('arrived', 'fail', { found: arrived }),
    );
    const clipboard = await desktop.clipboard.readText();
    checks.push(check('clipboardBack', clipboard === PREVIOUS_CLIPBOARD ? 'pass' : 'fail'));
  } catch (error) {
    checks.push(check('loop', 'fail', { error: String(error) }));
  } finally {
    release?.();
    await target.close().catch(() => undefined);
    desktop.done();
  }
  return checks;
}

export async function runPasteSelfTest(ports: SelfTestPorts): Promise<SelfTestReport> {
  const ranAt = ports.now();
  const checks = [...hotkeyChecks(ports.hotkeys())];
  const { desktop } = ports;
  if (desktop) {
    const access = desktop.accessibility();
    checks.push(
      check('accessibility', access === 'granted' ? 'pass' : access === 'denied' ? 'fail' : 'skip'),
    );
    const server = desktop.displayServer();
    checks.push(check('display', DISPLAY_STATUS[server], { server }));
  }
  checks.push(tokenCheck(ports.tokenProtection()));
  checks.push(...(desktop ? await pasteLoop(desktop, ports) : [check('loop', 'skip')]));
  const verdict = checks.some((c) => c.status === 'fail') ? 'failed' : desktop ? 'passed' : 'incomplete';
  return { ranAt, checks, verdict, passed: verdict === 'passed' };
}
