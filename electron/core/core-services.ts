/** Wires the core services over one opened database; every shell builds exactly this. */
import type { OpenedDatabase } from '../../db/open-database';
import { CLIENT_ID_KEY } from '../../db/sync-outbox-triggers';
import { createBackupService } from './backups/backup-service';
import { createBriefingService } from './briefings/briefing-service';
import { createChecklistService } from './checklist/checklist-service';
import type { Clock } from './clock';
import { createCustomerService } from './customers/customer-service';
import { createInquiryService } from './customers/inquiry-service';
import { createInvoiceService } from './invoices/invoice-service';
import { newId as defaultNewId } from './new-id';
import { findOrderNumber } from './orders/order-number';
import { createOrderService } from './orders/order-service';
import { createWriteGate } from './write-gate';
import type { Notifier } from './platform/notifier';
import type { PasteInjector } from './platform/paste-injector';
import { runPasteSelfTest } from './platform/paste-self-test';
import { selfTestReportText } from './platform/self-test-report';
import type { ShellPort } from './platform/shell-port';
import { panelHotkeyReasonKey } from './platform/hotkey-defaults';
import { NO_SECRET_BOX, type SecretBox } from './platform/token-protection';
import { createTranslator } from './i18n/translator';
import { seedDefaultLibrary } from './phrases/default-library-seed';
import { canWriteTeam } from './settings/identity-checks';
import { createLintRuleStore } from './phrases/lint-rule-store';
import { createPhraseDelivery } from './phrases/phrase-delivery';
import { createPhraseFinder } from './phrases/phrase-finder';
import { createLearnedQuestions } from './phrases/learned-questions';
import { createPhraseLibrary } from './phrases/phrase-library';
import { createPhraseSuggester } from './phrases/phrase-suggester';
import type { PhraseGroupInput } from './phrases/phrase-schema';
import { createPhraseTransfer } from './phrases/phrase-transfer';
import { createDailyLogService } from './reports/daily-log-service';
import { createEscalationNotices } from './escalations/escalation-notices';
import { createEscalationService } from './escalations/escalation-service';
import { createReturnService } from './returns/return-service';
import type { HotkeySettings } from './settings/hotkey-settings';
import type { SettingsInput } from './settings/settings-schema';
import type { StartupSettings, StartupState } from './settings/startup-settings';
import { createPositionChoice } from './settings/position-choice';
import { createSettingsService } from './settings/settings-service';
import type { SyncEngineDeps } from './sync/sync-engine';
import { createShopJoin } from './sync/join-shop';
import { createSyncService } from './sync/sync-service';
import { createSyncStateStore, protectSyncToken, syncTokenProtection } from './sync/sync-state-store';
import { createTaskService } from './tasks/task-service';

export interface CoreDeps {
  database: OpenedDatabase;
  clock: Clock;
  shell: ShellPort;
  injector: PasteInjector;
  /** Desktop notifications for due follow-up tasks. */
  notifier: Notifier;
  dataDir: string;
  appVersion: string;
  newId?: () => string;
  /** Replaces the HTTP transport of the sync engine (tests, the convergence test). */
  syncTransport?: SyncEngineDeps['transportFor'];
  /** Seals the sync token at rest (Electron's safeStorage); none elsewhere. */
  secretBox?: SecretBox;
}

export function createCoreServices(deps: CoreDeps) {
  const { db } = deps.database;
  const { clock, shell, injector } = deps;
  const newId = deps.newId ?? defaultNewId;
  const writeGate = createWriteGate();
  const settings = createSettingsService({ db, clock, newId });
  const identity = settings.identity;
  const library = createPhraseLibrary({ db, clock, newId, identity });
  const finder = createPhraseFinder({ db, clock, identity, library });
  const learned = createLearnedQuestions({ db, clock, identity });
  const suggester = createPhraseSuggester({ identity, library, learned, finder });
  const lintRules = createLintRuleStore({ db, clock, newId, identity });
  const timeZone = () => settings.shopRow()?.timeZone;
  const customers = createCustomerService({ db, clock, newId, identity });
  const delivery = createPhraseDelivery({
    db,
    clock,
    newId,
    settings,
    library,
    finder,
    suggester,
    learned,
    lintRules,
    injector,
    shell,
    touchCustomer: customers.touch,
  });
  const language = () => settings.get().language;
  const transfer = createPhraseTransfer({
    db,
    clock,
    newId,
    identity,
    language,
    library,
    finder,
    suggester,
  });
  const orders = createOrderService({
    db,
    sqlite: deps.database.sqlite,
    clock,
    newId,
    identity,
    timeZone: () => timeZone() ?? 'Asia/Shanghai',
    ...(deps.database.nativeBinding ? { nativeBinding: deps.database.nativeBinding } : {}),
  });
  const inquiries = createInquiryService({ db, clock, newId, identity, timeZone });
  const returns = createReturnService({ db, clock, newId, identity, timeZone, language });
  const invoices = createInvoiceService({
    db,
    clock,
    newId,
    identity,
    timeZone: () => timeZone() ?? 'Asia/Shanghai',
    language,
  });
  const tasks = createTaskService({
    db,
    sqlite: deps.database.sqlite,
    clock,
    newId,
    identity,
    settings,
    notifier: deps.notifier,
  });
  const checklist = createChecklistService({
    db,
    clock,
    newId,
    settings,
    notifier: deps.notifier,
    overdueTasks: () => tasks.badge().overdue,
  });
  const reports = createDailyLogService({ db, clock, newId, settings });
  const escalations = createEscalationService({ db, clock, newId, identity });
  const escalationNotices = createEscalationNotices({
    db,
    clock,
    notifier: deps.notifier,
    identity,
    translate: () => createTranslator(language()).t,
  });
  const briefings = createBriefingService({
    db,
    clock,
    newId,
    identity,
    timeZone: () => timeZone() ?? 'Asia/Shanghai',
  });
  // Every committed order change re-runs the rules for those orders (feature 7). A failure there
  // must not turn the agent's successful order change into an error; the minute timer retries.
  orders.onChange((orderIds) => {
    tasks.runRulesAfterOrderChange(orderIds).catch((cause: unknown) => console.error('task rules:', cause));
  });
  // An invoice issued or voided closes its order's 开票 task; one collected may call for it.
  invoices.onChange((orderIds) => {
    tasks.runRulesAfterOrderChange(orderIds).catch((cause: unknown) => console.error('task rules:', cause));
  });

  /** Idempotent: also repairs a crash between first-run setup and the seeding. */
  function ensureDefaultLibrary(): void {
    const who = identity();
    if (!who) return;
    // A bound agent's library is the supervisors': their desks fill the packs' questions.
    const mayWriteLibrary =
      canWriteTeam(who) ||
      createSyncStateStore(deps.database.sqlite, clock.now).get(CLIENT_ID_KEY) === undefined;
    const seeded = seedDefaultLibrary(db, who, language(), clock.now(), newId, mayWriteLibrary);
    if (seeded.groups + seeded.phrases + seeded.questions > 0) {
      finder.invalidate();
      suggester.invalidate();
    }
    if (seeded.rules > 0) lintRules.invalidate();
    // After the pack: the template's steps point at its groups.
    checklist.ensureDefaultTemplate();
  }
  ensureDefaultLibrary();

  protectSyncToken(deps.database.sqlite, deps.secretBox ?? NO_SECRET_BOX, () => clock.now());
  const sync = createSyncService({
    sqlite: deps.database.sqlite,
    now: () => clock.now(),
    appVersion: deps.appVersion,
    idle: writeGate.idle,
    ...(deps.syncTransport ? { transportFor: deps.syncTransport } : {}),
    // The desk's current daily logs go with every push: the server's console shows them live.
    beforePush: (lastSyncedAt) => reports.storeCurrent(lastSyncedAt),
    // Rows the server sent (or a rollback restored) bypass the services: their caches refresh.
    onRowsChanged(tables) {
      if (tables.has('phrases') || tables.has('phrase_groups')) finder.invalidate();
      if (tables.has('phrases') || tables.has('phrase_groups')) suggester.invalidate();
      else if (tables.has('phrase_questions')) suggester.refreshLearned();
      if (tables.has('lint_rules')) lintRules.invalidate();
      // An answer to this agent's case, or a new case in the supervisor's queue: a desktop notice.
      if (tables.has('escalations'))
        void writeGate
          .idle()
          .then(() => escalationNotices.afterPull())
          .catch((cause: unknown) => console.error('escalation notices:', cause));
    },
    onBound() {
      finder.invalidate();
      suggester.invalidate();
      lintRules.invalidate();
    },
  });

  const backups = createBackupService({
    database: deps.database,
    dataDir: deps.dataDir,
    now: () => clock.now(),
    shell: deps.shell,
  });

  /** Every save, first-run setup's included, ends with the default library where there is none. */
  function saveSettings(input: SettingsInput) {
    const saved = settings.save(input);
    ensureDefaultLibrary();
    return saved;
  }

  const syncState = () => createSyncStateStore(deps.database.sqlite, clock.now);
  const position = createPositionChoice({
    settings,
    bound: () => syncState().get(CLIENT_ID_KEY) !== undefined,
    async serverPosition() {
      const server = syncState().bound();
      return server ? (await sync.identify(server)).position : undefined;
    },
  });

  const join = createShopJoin({
    identity,
    settings: settings.get,
    save: saveSettings,
    identify: sync.identify,
    bind: sync.bind,
    run: sync.run,
  });

  return {
    backups,
    settings: { ...settings, save: saveSettings },
    join,
    position,
    hotkeys: {
      state: () => ({
        settings: settings.hotkeys(),
        registrations: shell.hotkeys(),
        defaultReasonKey: panelHotkeyReasonKey(process.platform),
      }),
      save(next: HotkeySettings) {
        const saved = settings.saveHotkeys(next);
        return {
          settings: saved,
          registrations: shell.applyHotkeys(saved),
          defaultReasonKey: panelHotkeyReasonKey(process.platform),
        };
      },
    },
    tokenProtection: () => syncTokenProtection(deps.database.sqlite),
    /** 粘贴自检: registers the hotkeys again, then the checks and the loop; with its text report. */
    async selfTest() {
      const report = await runPasteSelfTest({
        hotkeys: () => shell.applyHotkeys(settings.hotkeys()),
        tokenProtection: () => syncTokenProtection(deps.database.sqlite),
        desktop: shell.selfTestDesktop(),
        now: () => clock.now(),
        delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      });
      const { t } = createTranslator(settings.get().language);
      const text = selfTestReportText(report, (key, options) => t(key, options), {
        appVersion: deps.appVersion,
        platform: `${process.platform} ${process.arch}`,
        time: new Date(report.ranAt).toISOString(),
      });
      return { ...report, text };
    },
    startup: {
      state: (): StartupState => ({
        settings: settings.startup(),
        state: shell.applyStartup(settings.startup()),
      }),
      save(next: StartupSettings): StartupState {
        const saved = settings.saveStartup(next);
        return { settings: saved, state: shell.applyStartup(saved) };
      },
    },
    library: {
      ...library,
      saveGroup(input: PhraseGroupInput) {
        const group = library.saveGroup(input);
        finder.invalidate();
        suggester.invalidate();
        return group;
      },
    },
    finder,
    suggester,
    learned,
    lintRules,
    delivery,
    transfer,
    orders: {
      ...orders,
      importApply: (...args: Parameters<typeof orders.importApply>) =>
        writeGate.exclusive(() => orders.importApply(...args)),
    },
    writeGate,
    customers,
    inquiries,
    returns,
    invoices,
    escalations,
    tasks: {
      ...tasks,
      // The minute timer writes too; while an import holds the transaction it skips a minute.
      tick: (...args: Parameters<typeof tasks.tick>) => {
        if (writeGate.busy()) return null;
        const ran = tasks.tick(...args);
        // Checklist anchor reminders share the tasks' minute timer in every shell.
        checklist.tick(...args);
        return ran;
      },
    },
    checklist,
    briefings,
    reports,
    sync,
    shell,
    clipboardOrderNo: async () => ({ orderNo: findOrderNumber(await shell.readClipboardText()) }),
    appInfo: () => ({
      appVersion: deps.appVersion,
      schemaVersion: deps.database.schemaVersion,
      dataDir: deps.dataDir,
      shell: shell.kind,
      hotkeys: shell.hotkeys(),
    }),
  };
}

export type CoreServices = ReturnType<typeof createCoreServices>;
