/**
 * Kefu Desk's Electron main process: one instance, the `kefu://` protocol, the database, the
 * contract over IPC, the main window, the pre-created reply panel, its global hotkeys and the tray.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, clipboard, dialog, globalShortcut, Menu, powerMonitor, safeStorage } from 'electron';
import appIdentity from '../../build/app-id.json';
import { ensureDailyBackup } from '../../db/backup';
import { DatabaseOpenError } from '../../db/database-open-error';
import { openDatabase, type OpenedDatabase } from '../../db/open-database';
import { createDispatcher } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { systemClock } from '../core/clock';
import { createCoreServices } from '../core/core-services';
import { startTaskTimer } from '../core/tasks/task-timer';
import type { HotkeyRegistration } from '../core/platform/shell-port';
import { panelUrl, rendererBaseUrl, trustedOrigins, type OriginContext } from './app-origins';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { databaseOpenOptions } from './database-location';
import { createElectronShellPort } from './electron-shell-port';
import type { HotkeySettings } from '../core/settings/hotkey-settings';
import { createElectronNotifier, openTaskList } from './electron-notifier';
import { createElectronPasteInjector } from './electron-paste-injector';
import { createPasteTarget } from '../core/platform/foreground-window';
import { launchRequest, type LaunchRequest } from './command-line';
import { openDesktopPorts } from './desktop-ports';
import { displayServer } from './display-server';
import { PASTE_TARGET_ARG, runPasteTargetWindow } from './paste-target-window';
import { relaunchOptions } from './relaunch-options';
import { safeStorageBox } from './safe-storage-box';
import { createSelfTestDesktop } from './self-test-desktop';
import { awaitSelfTestReport, writeSelfTestReport } from './self-test-report-file';
import { closeHidesToTray, hasStatusNotifierWatcher } from './tray-availability';
import { hotkeyBindings } from './hotkey-bindings';
import { createQuestionInbox } from '../core/platform/question-inbox';
import { pressQuestionHotkey } from './question-hotkey';
import { refusedHotkeys, registerHotkeys } from './hotkey-registration';
import { noticeRefusedHotkeys } from './hotkey-refusal-notice';
import { APP_ICON_PATH, trayImage } from './icons';
import { serveContractOverIpc } from './ipc-transport';
import { followLanguage } from './language-follow';
import { createTranslator, languageForLocale } from '../core/i18n/translator';
import { applyLoginItem } from './login-item';
import { startedHidden } from './login-item-settings';
import { flushBeforeQuit } from './quit-flush';
import { createMainWindow, type MainWindowController, type QuitState } from './main-window';
import { createPanelWindow, type PanelController } from './panel-window';

import { createAppTray, type AppTray } from './tray';
import { refreshAfterTaskChanges } from './tray-task-refresh';
import { denyAllPermissions, lockDownWebContents } from './web-contents-lockdown';

/**
 * Windows attributes toasts (task reminders, the refused-hotkey notice) and taskbar pins by the
 * AppUserModelID, which must be electron-builder's appId: both read build/app-id.json.
 */
const APP_USER_MODEL_ID = appIdentity.appId;
/** How long `kefu-desk --self-test` waits for the running instance's report. */
const SELF_TEST_WAIT_MS = 120_000;

const originContext: OriginContext = {
  isPackaged: app.isPackaged,
  rendererUrl: process.env.ELECTRON_RENDERER_URL,
};
const origins = trustedOrigins(originContext);
const preloadPath = join(import.meta.dirname, '../preload/index.js');
const rendererDir = join(import.meta.dirname, '../renderer');

let quitting = false;
const quit: QuitState = {
  isQuitting: () => quitting,
  markQuitting: () => {
    quitting = true;
  },
};
let database: OpenedDatabase | undefined;
let mainWindow: MainWindowController | undefined;
let panel: PanelController | undefined;
let tray: AppTray | undefined;
/** Set once core runs: the outbox's last push before quitting. */
let flushOutbox: (() => Promise<unknown>) | undefined;
let hotkeys: HotkeyRegistration[] = [];
let stopTaskTimer: (() => void) | undefined;
let stopSync: (() => Promise<void>) | undefined;
let stopImports: (() => Promise<void>) | undefined;
/** Answers what a start asked for (second-instance, or this start's own arguments). */
let handleRequest: (request: LaunchRequest) => void = () => mainWindow?.show();
/** Set by a `--self-test` start: the exit code once the report is out. */
let selfTestExitCode: number | undefined;
/** Linux: whether a StatusNotifierWatcher shows our tray icon; asked once at start. */
let trayVisible = process.platform !== 'linux';

function openAppDatabase(dataDir: string): OpenedDatabase {
  const options = databaseOpenOptions({
    appPath: app.getAppPath(),
    dataDir,
    isPackaged: app.isPackaged,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  try {
    mkdirSync(dataDir, { recursive: true });
    return openDatabase(options);
  } catch (cause) {
    if (cause instanceof DatabaseOpenError) throw cause;
    throw new DatabaseOpenError('db.unreadable', { file: options.file, reason: String(cause) });
  }
}

/** The database is left exactly as found; the agent is told why and the app ends. */
function refuseToStart(error: DatabaseOpenError): void {
  const { t } = createTranslator(languageForLocale(app.getLocale()));
  dialog.showErrorBox(t('shell.dbError.title'), t(`errors.${error.code}`, error.details));
  app.quit();
}

function start(): void {
  denyAllPermissions();
  handleAppProtocol(rendererDir);

  const dataDir = app.getPath('userData');
  try {
    database = openAppDatabase(dataDir);
  } catch (cause) {
    refuseToStart(cause as DatabaseOpenError);
    return;
  }
  try {
    // The daily backup: once per local day, seven kept, in <userData>/backups.
    ensureDailyBackup(database.sqlite, join(dataDir, 'backups'), new Date());
  } catch (cause) {
    console.error('daily backup failed:', cause);
  }

  let applyHotkeys: (settings: HotkeySettings) => HotkeyRegistration[] = () => hotkeys;
  const server = displayServer(process.platform, process.env, process.argv);
  // macOS: hiding the whole app is the documented way to hand activation back (panel-platform).
  const desktop = openDesktopPorts(process.platform, () => app.hide());
  const pasteTarget = createPasteTarget(desktop?.foreground ?? null);
  const injector = createElectronPasteInjector({ desktop, target: pasteTarget, displayServer: server });
  let selfTestDesktop: ReturnType<typeof createSelfTestDesktop> | null = null;
  const questions = createQuestionInbox({
    readClipboardText: async () => clipboard.readText(),
    now: () => systemClock.now(),
  });
  const shell = createElectronShellPort({
    hotkeys: () => hotkeys,
    hidePanel: () => panel?.hide(),
    applyHotkeys: (settings) => applyHotkeys(settings),
    readClipboardText: () => clipboard.readText(),
    collectQuestion: () => questions.collect(),
    applyStartup: (settings) => applyLoginItem(app, settings),
    // After the answer has reached the window: quit closes the database, the new instance swaps
    // the staged backup in when it opens it. Inside an AppImage the image itself is restarted.
    relaunch: () =>
      setTimeout(() => {
        app.relaunch(relaunchOptions(process.env, process.argv));
        app.quit();
      }, 300),
    selfTestDesktop: () => selfTestDesktop,
  });
  const core = createCoreServices({
    database,
    clock: systemClock,
    shell,
    injector,
    notifier: createElectronNotifier((taskId) => {
      if (mainWindow) openTaskList(mainWindow, taskId);
    }),
    dataDir,
    appVersion: app.getVersion(),
    secretBox: safeStorageBox(safeStorage, process.platform),
  });
  void core.orders.warmUpImports();
  stopImports = () => core.orders.stopImports();
  const shellI18n = createTranslator(core.settings.get().language);
  const t = (key: string, options: Record<string, unknown> = {}): string => shellI18n.t(key, options);

  const showTaskBadge = () => tray?.showBadge(core.tasks.badge());
  const dispatch = refreshAfterTaskChanges(
    followLanguage(createDispatcher(createHandlers(core)), (language) => {
      void shellI18n.changeLanguage(language).then(() => tray?.relabel(t));
    }),
    showTaskBadge,
  );
  serveContractOverIpc(dispatch, origins);

  // Applied again at every start, so the login item follows the installed path after an update.
  const startup = core.startup.state();
  const request = launchRequest(process.argv);
  const launch = {
    platform: process.platform,
    argv: process.argv,
    wasOpenedAtLogin: process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
  };
  const main = createMainWindow(preloadPath, rendererBaseUrl(originContext), APP_ICON_PATH, quit, {
    showWhenReady: request === 'showMain' && !startedHidden(launch, startup.settings),
    closeHidesToTray: () => trayVisible,
    quitApp: () => app.quit(),
  });
  const replyPanel = createPanelWindow(preloadPath, panelUrl(originContext), quit);
  mainWindow = main;
  panel = replyPanel;
  selfTestDesktop = createSelfTestDesktop({
    panel: replyPanel,
    main,
    target: pasteTarget,
    injector,
    modifiers: desktop?.modifiers ?? null,
    displayServer: server,
    language: () => core.settings.get().language,
  });

  // The hotkey records the chat client before the panel takes the focus: the paste goes back there.
  const showPanelOverForeground = () => {
    if (!replyPanel.window.isVisible()) pasteTarget.capture();
    replyPanel.toggle();
  };
  const actions = {
    togglePanel: showPanelOverForeground,
    takeQuestion: () =>
      void pressQuestionHotkey({
        panelVisible: () => replyPanel.window.isVisible(),
        captureForeground: () => pasteTarget.capture(),
        takeQuestion: () => questions.take(),
        hidePanel: () => replyPanel.hide(),
        showPanel: () => replyPanel.show(),
      }),
    // A pinned phrase pastes straight away; one that still needs values opens the panel instead.
    pastePinned: (phraseId: string) => {
      pasteTarget.capture();
      void dispatch('phrases.deliver', { phraseId, mode: 'paste', pinned: true }).then((result) => {
        if (!result.ok) replyPanel.show();
      });
    },
  };
  const runSelfTest = async (): Promise<void> => {
    const report = await core.selfTest();
    const file = writeSelfTestReport(dataDir, report);
    process.stdout.write(`${report.text}${file}\n`);
    if (request === 'selfTest' && selfTestExitCode === undefined) {
      selfTestExitCode = report.passed ? 0 : 1;
      app.quit();
    }
  };
  handleRequest = (next) => {
    if (next === 'togglePanel') showPanelOverForeground();
    else if (next === 'takeQuestion') actions.takeQuestion();
    else if (next === 'selfTest') void runSelfTest();
    else main.show();
  };
  applyHotkeys = (settings) => {
    globalShortcut.unregisterAll();
    hotkeys = registerHotkeys(globalShortcut, hotkeyBindings(settings, actions));
    noticeRefusedHotkeys(refusedHotkeys(hotkeys), t);
    return hotkeys;
  };
  applyHotkeys(core.settings.hotkeys());

  tray = createAppTray(trayImage(), t, {
    openMain: () => main.show(),
    // Opened from the tray the foreground is the taskbar or the menu: nothing to go back to.
    openPanel: () => {
      pasteTarget.forget();
      replyPanel.show();
    },
    openTasks: () => openTaskList(main),
    syncNow: () => void core.sync.now(),
    quit: () => app.quit(),
  });
  tray.showSync(core.sync.status());
  core.sync.engine.onStatus((status) => tray?.showSync(status));
  // Each minute: rules that depend on time, reminders, then the count (tasks fall due with time,
  // and the CLI may have changed them from another process).
  stopTaskTimer = startTaskTimer(() => {
    try {
      core.tasks.tick();
    } finally {
      showTaskBadge();
    }
  });
  // Background sync with the shop's server once Settings connected one (issue #6).
  stopSync = core.sync.startScheduler();
  flushOutbox = () => flushBeforeQuit(core.sync);
  // Back from sleep the network usually is too: no need to wait out a backoff delay.
  powerMonitor.on('resume', () => core.sync.reconnected());
  if (process.platform === 'linux')
    void hasStatusNotifierWatcher().then((watcher) => {
      trayVisible = closeHidesToTray(process.platform, watcher);
    });
  // `kefu-desk --toggle-panel` / `--take-question` / `--self-test` as the first start: once the
  // panel page is ready.
  if (request !== 'showMain')
    replyPanel.window.webContents.once('did-finish-load', () => handleRequest(request));
}

/** The normal start: one instance, the database, the windows, the hotkeys and the tray. */
function boot(): void {
  // Same override as the CLI and web host (defaultDataDir); must precede `ready`.
  if (process.env.KEFU_DATA_DIR) app.setPath('userData', process.env.KEFU_DATA_DIR);
  // Chromium fixes scheme privileges at startup, so this precedes `ready`.
  registerAppScheme();
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    // The running instance answers (second-instance); a self-test start waits for its report.
    if (launchRequest(process.argv) === 'selfTest') void printRunningInstanceSelfTest();
    else app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  lockDownWebContents(origins);

  app.on('second-instance', (_event, argv) => handleRequest(launchRequest(argv)));
  app.on('activate', () => mainWindow?.show());
  // Closing windows only hides them; from here on a close really closes. The first quit waits
  // (at most a few seconds) for the outbox's last push, then quits for real.
  app.on('before-quit', (event) => {
    quit.markQuitting();
    const flush = flushOutbox;
    if (!flush) return;
    flushOutbox = undefined;
    event.preventDefault();
    void flush().finally(() => app.quit());
  });
  app.on('will-quit', () => {
    globalShortcut.unregisterAll();
    tray?.destroy();
    stopTaskTimer?.();
    // A run under way may still write; quitting does not wait for it, the next start resumes.
    void stopSync?.();
    // An import mid-write is rolled back with its thread; the agent imports the file again.
    void stopImports?.();
    database?.close();
    database = undefined;
    if (selfTestExitCode !== undefined) app.exit(selfTestExitCode);
  });

  void app.whenReady().then(() => {
    // Windows and Linux: no application menu. Electron's default one is a File/Edit/View bar agents
    // never use, and its accelerators reach the browser before the page: View → Toggle Developer
    // Tools would take Ctrl+Shift+I, the reply panel's 发票收集. Editing keys work without a menu
    // there; macOS keeps the default, whose Edit items carry ⌘C/⌘V (its DevTools key is ⌥⌘I).
    if (process.platform !== 'darwin') Menu.setApplicationMenu(null);
    // Linux and macOS shutdown/reboot: hidden windows must close instead of going to the tray.
    powerMonitor.on('shutdown', () => quit.markQuitting());
    start();
  });
}

/** `kefu-desk --self-test` beside a running Kefu Desk: print the report it writes, exit 0 or 1. */
async function printRunningInstanceSelfTest(): Promise<void> {
  const report = await awaitSelfTestReport(app.getPath('userData'), Date.now(), SELF_TEST_WAIT_MS);
  const { t } = createTranslator(languageForLocale(app.getLocale()));
  process.stdout.write(report ? report.text : `${t('selfTest.noReport')}\n`);
  app.exit(report?.passed ? 0 : 1);
}

// The self-test's test window is this app again in a mode of its own (paste-target-window).
if (process.argv.includes(PASTE_TARGET_ARG)) runPasteTargetWindow(process.argv);
else boot();
