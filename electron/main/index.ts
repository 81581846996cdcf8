/**
 * Kefu Desk's Electron main process: one instance, the `kefu://` protocol, the database, the
 * contract over IPC, the main window, the pre-created reply panel, its global hotkey and the tray.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, clipboard, dialog, globalShortcut, powerMonitor } from 'electron';
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
import { hotkeyBindings } from './hotkey-bindings';
import { refusedHotkeys, registerHotkeys } from './hotkey-registration';
import { noticeRefusedHotkeys } from './hotkey-refusal-notice';
import { APP_ICON_PATH, trayImage } from './icons';
import { serveContractOverIpc } from './ipc-transport';
import { followLanguage } from './language-follow';
import { createTranslator, languageForLocale } from '../core/i18n/translator';
import { applyLoginItem, startedHidden } from './login-item';
import { flushBeforeQuit } from './quit-flush';
import { createMainWindow, type MainWindowController, type QuitState } from './main-window';
import { createPanelWindow, type PanelController } from './panel-window';

import { createAppTray, type AppTray } from './tray';
import { refreshAfterTaskChanges } from './tray-task-refresh';
import { denyAllPermissions, lockDownWebContents } from './web-contents-lockdown';

/** Must match electron-builder's appId: Windows only shows notifications for a known app id. */
const APP_USER_MODEL_ID = 'com.kefudesk.app';

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
  const shell = createElectronShellPort({
    hotkeys: () => hotkeys,
    hidePanel: () => panel?.hide(),
    applyHotkeys: (settings) => applyHotkeys(settings),
    readClipboardText: () => clipboard.readText(),
    applyStartup: (settings) => applyLoginItem(app, settings),
    // After the answer has reached the window: quit closes the database, the new instance swaps
    // the staged backup in when it opens it.
    relaunch: () =>
      setTimeout(() => {
        app.relaunch();
        app.quit();
      }, 300),
  });
  const core = createCoreServices({
    database,
    clock: systemClock,
    shell,
    injector: createElectronPasteInjector(),
    notifier: createElectronNotifier((taskId) => {
      if (mainWindow) openTaskList(mainWindow, taskId);
    }),
    dataDir,
    appVersion: app.getVersion(),
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
  const main = createMainWindow(
    preloadPath,
    rendererBaseUrl(originContext),
    APP_ICON_PATH,
    quit,
    !startedHidden(process.argv, startup.settings),
  );
  const replyPanel = createPanelWindow(preloadPath, panelUrl(originContext), quit);
  mainWindow = main;
  panel = replyPanel;

  const actions = {
    togglePanel: () => replyPanel.toggle(),
    // A pinned phrase pastes straight away; one that still needs values opens the panel instead.
    pastePinned: (phraseId: string) =>
      void dispatch('phrases.deliver', { phraseId, mode: 'paste' }).then((result) => {
        if (!result.ok) replyPanel.show();
      }),
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
    openPanel: () => replyPanel.show(),
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
}

// Same override as the CLI and web host (defaultDataDir); must precede `ready`.
if (process.env.KEFU_DATA_DIR) app.setPath('userData', process.env.KEFU_DATA_DIR);
// Chromium fixes scheme privileges at startup, so this precedes `ready`.
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  lockDownWebContents(origins);

  app.on('second-instance', () => mainWindow?.show());
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
  });

  void app.whenReady().then(() => {
    // Linux and macOS shutdown/reboot: hidden windows must close instead of going to the tray.
    powerMonitor.on('shutdown', () => quit.markQuitting());
    start();
  });
}
