/**
 * 粘贴自检's desktop in the Electron shell: the test window as a second process of this app
 * (paste-target-window), the real reply panel, the capture the hotkey does, Ctrl+Alt held through
 * robotjs, Electron's clipboard and the paste injector the reply panel uses.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { app, clipboard, systemPreferences } from 'electron';
import linuxLaunch from '../../build/linux-launch-args.json';
import type { Language } from '../../db/enums';
import type { PasteTarget } from '../core/platform/foreground-window';
import type { ModifierPort } from '../core/platform/modifier-keys';
import type { PasteInjector } from '../core/platform/paste-injector';
import type { DesktopSelfTestPorts, TestTarget } from '../core/platform/paste-self-test';
import type { DisplayServer } from './display-server';
import type { MainWindowController } from './main-window';
import type { PanelController } from './panel-window';
import { PASTE_TARGET_ARG } from './paste-target-window';
import { loadRobot } from './robot';

const READY_TIMEOUT_MS = 15_000;
const PANEL_FOCUS_TIMEOUT_MS = 1000;
const POLL_MS = 20;

export interface SelfTestDesktopDeps {
  panel: PanelController;
  main: MainWindowController;
  target: PasteTarget;
  injector: PasteInjector;
  /** Releases what the paste left down, without a stray key-up where nothing is. */
  modifiers: ModifierPort | null;
  displayServer: DisplayServer;
  language: () => Language;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** This app again, in test-window mode; a development run passes the app folder too. */
function targetArgs(language: Language): string[] {
  return [
    ...(app.isPackaged ? [] : [app.getAppPath()]),
    ...(process.platform === 'linux' ? linuxLaunch.args : []),
    PASTE_TARGET_ARG,
    `--lang=${language}`,
  ];
}

function openTarget(language: Language): Promise<TestTarget> {
  const child = spawn(process.execPath, targetArgs(language), { stdio: ['pipe', 'pipe', 'ignore'] });
  const lines = createInterface({ input: child.stdout });
  const answers: ((text: string) => void)[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the test window did not open'));
    }, READY_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    lines.on('line', (line) => {
      let message: { ready?: boolean; text?: string };
      try {
        message = JSON.parse(line) as typeof message;
      } catch {
        return;
      }
      if (message.ready) {
        clearTimeout(timer);
        resolve({
          text: () =>
            new Promise((answer) => {
              answers.push(answer);
              child.stdin.write('text\n');
            }),
          close: () =>
            new Promise((closed) => {
              if (child.exitCode !== null) return closed();
              child.once('exit', () => closed());
              child.stdin.end();
            }),
        });
      } else if (typeof message.text === 'string') {
        answers.shift()?.(message.text);
      }
    });
  });
}

export function createSelfTestDesktop(deps: SelfTestDesktopDeps): DesktopSelfTestPorts {
  return {
    accessibility: () =>
      process.platform !== 'darwin'
        ? 'notNeeded'
        : systemPreferences.isTrustedAccessibilityClient(false)
          ? 'granted'
          : 'denied',
    displayServer: () => deps.displayServer,
    openTarget: () => openTarget(deps.language()),
    capture: () => deps.target.capture(),
    async showPanel() {
      deps.panel.show();
      const deadline = Date.now() + PANEL_FOCUS_TIMEOUT_MS;
      while (!deps.panel.window.isFocused() && Date.now() < deadline) await wait(POLL_MS);
    },
    hidePanel: () => deps.panel.hide(),
    async holdModifiers() {
      const robot = loadRobot();
      if (!robot) throw new Error('@jitsi/robotjs could not be loaded');
      robot.keyToggle('control', 'down');
      robot.keyToggle('alt', 'down');
      return () => {
        const held = deps.modifiers?.held() ?? [];
        if (held.length > 0) deps.modifiers?.release(held);
      };
    },
    clipboard: {
      writeText: async (text) => clipboard.writeText(text),
      readText: async () => clipboard.readText(),
    },
    injector: deps.injector,
    done: () => deps.main.show(),
  };
}
