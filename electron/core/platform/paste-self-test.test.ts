import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../i18n/translator';
import { fakeClock, fakeForeground, fakeHand } from './fake-desktop';
import { createPasteTarget } from './foreground-window';
import { createPasteInjector } from './paste-sequence';
import {
  runPasteSelfTest,
  SELF_TEST_TEXT,
  type DesktopSelfTestPorts,
  type SelfTestPorts,
} from './paste-self-test';
import { selfTestReportText } from './self-test-report';

const TEST_WINDOW = '0x3a00007';
const PANEL = '0x4c00003';

/**
 * A pretend desktop where the paste really goes somewhere: the keystroke types the clipboard into
 * whichever window is in front, with whatever modifiers are down.
 */
function pretendDesktop({ refocuses = true, hotkey = 'registered' as const } = {}) {
  const clock = fakeClock();
  const screen = fakeForeground(null, refocuses ? 0 : Infinity);
  const hand = fakeHand(clock, []);
  let clipboard = '';
  const typed = new Map<string, string>();
  const target = createPasteTarget(screen);
  const injector = createPasteInjector({
    clipboard: {
      snapshot: async () => clipboard,
      writeText: async (text) => void (clipboard = text),
      restore: async (previous) => void (clipboard = previous),
    },
    keys: {
      sendPaste: async () => {
        const window = screen.current() ?? 'none';
        const combo = hand.held().length > 0 ? `[${hand.held().join('+')}+v]` : clipboard;
        typed.set(window, (typed.get(window) ?? '') + combo);
      },
    },
    modifiers: hand,
    foreground: { port: screen, target: target.current },
    delay: clock.delay,
    now: clock.now,
  });
  const desktop: DesktopSelfTestPorts = {
    accessibility: () => 'notNeeded',
    displayServer: () => 'x11',
    openTarget: async () => {
      screen.foreground = TEST_WINDOW;
      return { text: async () => typed.get(TEST_WINDOW) ?? '', close: async () => undefined };
    },
    capture: () => target.capture(),
    showPanel: async () => void (screen.foreground = PANEL),
    hidePanel: () => void (screen.foreground = null),
    holdModifiers: async () => {
      hand.down.add('ctrl');
      hand.down.add('alt');
      return () => hand.down.clear();
    },
    clipboard: { writeText: async (text) => void (clipboard = text), readText: async () => clipboard },
    injector,
    done: vi.fn(),
  };
  const ports: SelfTestPorts = {
    hotkeys: () => [{ purpose: 'panel', accelerator: 'Ctrl+Alt+Space', state: hotkey }],
    tokenProtection: () => ({ level: 'keychain', stored: 'sealed' }),
    desktop,
    now: clock.now,
    delay: clock.delay,
  };
  return { ports, desktop, typed };
}

const statuses = (report: Awaited<ReturnType<typeof runPasteSelfTest>>) =>
  Object.fromEntries(report.checks.map((c) => [c.id, c.status]));

describe('runPasteSelfTest', () => {
  it('passes every step on a desktop where the paste works, in the order of a real paste', async () => {
    const { ports, desktop, typed } = pretendDesktop();
    const report = await runPasteSelfTest(ports);
    expect(report.checks.map((c) => c.id)).toEqual([
      'hotkey',
      'accessibility',
      'display',
      'token',
      'target',
      'capture',
      'panel',
      'holdModifiers',
      'paste.clipboardWrite',
      'paste.modifiers',
      'paste.focus',
      'paste.keystroke',
      'paste.clipboardRestore',
      'outcome',
      'arrived',
      'clipboardBack',
    ]);
    expect(report).toMatchObject({ verdict: 'passed', passed: true });
    expect(typed.get(TEST_WINDOW)).toBe(SELF_TEST_TEXT);
    expect(report.checks.find((c) => c.id === 'paste.modifiers')?.params).toEqual({
      held: 'ctrl+alt',
      released: 'ctrl+alt',
    });
    expect(desktop.done).toHaveBeenCalledOnce();
  });

  it('fails, with the reason, where focus never comes back to the chat window', async () => {
    const { ports, typed } = pretendDesktop({ refocuses: false });
    const report = await runPasteSelfTest(ports);
    expect(report.passed).toBe(false);
    expect(statuses(report)).toMatchObject({ 'paste.focus': 'fail', outcome: 'fail', arrived: 'fail' });
    expect(report.checks.find((c) => c.id === 'outcome')?.params).toEqual({ outcome: 'focusLost' });
    expect(typed.size).toBe(0);
  });

  it('reports a refused hotkey and a plain-text token, and skips the loop without a desktop', async () => {
    const { ports } = pretendDesktop({ hotkey: 'refused' as never });
    const report = await runPasteSelfTest({
      ...ports,
      desktop: null,
      tokenProtection: () => ({ level: 'unprotected', stored: 'plain' }),
    });
    expect(statuses(report)).toEqual({ hotkey: 'fail', token: 'warn', loop: 'skip' });
    expect(report.verdict).toBe('failed');
    const webHost = await runPasteSelfTest({ ...pretendDesktop().ports, desktop: null });
    expect(webHost).toMatchObject({ verdict: 'incomplete', passed: false });
  });

  it('reads as one line per check in the agent’s language, every key translated', async () => {
    const { ports } = pretendDesktop({ refocuses: false });
    const report = await runPasteSelfTest(ports);
    for (const language of ['zh-CN', 'en-US'] as const) {
      const i18n = createTranslator(language);
      for (const c of report.checks)
        expect(i18n.exists(c.messageKey), `${language} ${c.messageKey}`).toBe(true);
      const text = selfTestReportText(report, (key, options) => i18n.t(key, options), {
        appVersion: '0.1.0',
        platform: 'linux',
        time: '2026-12-06 16:00',
      });
      expect(text.split('\n')).toHaveLength(report.checks.length + 3);
    }
    const zh = createTranslator('zh-CN');
    const text = selfTestReportText(report, (key, options) => zh.t(key, options), {
      appVersion: '0.1.0',
      platform: 'linux',
      time: '2026-12-06 16:00',
    });
    expect(text).toContain('✔ 全局热键 Ctrl+Alt+Space 已注册');
    expect(text).toContain('✘ 焦点没有回到测试窗口');
    expect(text).toContain('结论：有未通过的项目');
  });
});
