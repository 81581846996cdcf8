/**
 * What each `kefu` command does, by name. Loaded only when a command runs (main.ts defines the
 * commands and their help without it), so `kefu --help` never opens a database or loads the core.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { backupDatabase, rotateBackup } from '../../db/backup';
import { DatabaseOpenError } from '../../db/database-open-error';
import {
  checkDatabase,
  defaultMigrationsFolder,
  openDatabase,
  shippedSchemaVersion,
} from '../../db/open-database';
import { stageRestore } from '../../db/restore';
import { validationError } from '../api/dispatch';
import { AppError } from '../core/app-error';
import type { ChecklistToday } from '../core/checklist/checklist-schema';
import { databaseFile } from '../core/data-dir';
import { createTranslator } from '../core/i18n/translator';
import type { SearchHitView } from '../core/phrases/phrase-schema';
import { decodeText } from '../core/phrases/text-decoding';
import { REPORT_FORMATS } from '../core/reports/report-formats';
import type { Settings, SettingsInput } from '../core/settings/settings-schema';
import { syncConfigureInputSchema } from '../core/sync/sync-schema';
import type { RuleRun, TaskList } from '../core/tasks/task-schema';
import { describeChecklistToday } from './checklist-text';
import { explainFailure, terminalLanguage } from './cli-errors';
import { CliFailure } from './cli-failure';
import { processOutput } from './cli-output';
import { describeError, print, READ_ONLY, unwrap, withSession, type CliContext } from './cli-session';
import { joinCommand, setupCommand } from './first-run-commands';
import { importCommand } from './import-command';
import { invoiceCommands } from './invoice-commands';
import { allOrders, orderListPage, type OrderListOptions } from './order-list-pages';
import { describeOrderImport, describeOrderList, type OrderListView } from './order-text';
import { describePhraseImport } from './phrase-text';
import { isSettingKey, SETTING_KEYS } from './settings-keys';
import { describeSuggestions, type SuggestAnswer } from './suggest-text';
import { describeSyncRun } from './sync-text';
import { describeTaskList } from './task-list-text';

type Json = { json?: boolean };

/** The contract's longest question; a longer line is a chat log, cut rather than refused. */
const QUESTION_INPUT_MAX = 500;

/**
 * One buyer question per line, GBK or UTF-8 as the imports read them; blank lines and `#`
 * comment lines skipped. A tab ends the question, so the first column of a labelled TSV
 * (question, expected 快捷编码, like the dev set) is read.
 */
function questionLines(file: string): string[] {
  return decodeText(readFileSync(file))
    .text.split(/\r?\n/)
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.split('\t')[0]!.trim().slice(0, QUESTION_INPUT_MAX))
    .filter((line) => line !== '');
}

const unknownKey = (t: TFunction, key: string) =>
  new CliFailure(1, t('cli.settings.unknownKey', { key, keys: Object.keys(SETTING_KEYS).join(', ') }));

export const CLI_ACTIONS = {
  setup: setupCommand,
  join: joinCommand,

  'settings.get': withSession(async ({ dispatch, t }, key: string | undefined, opts: Json) => {
    const value = unwrap<Settings>(t, await dispatch('settings.get', {}));
    if (key !== undefined && !isSettingKey(key)) throw unknownKey(t, key);
    const keys = key === undefined ? Object.keys(SETTING_KEYS) : [key];
    const entries = Object.fromEntries(keys.map((k) => [k, SETTING_KEYS[k]!.read(value) ?? null]));
    print(
      Boolean(opts.json),
      key === undefined ? entries : entries[key],
      keys.map((k) => `${k} = ${entries[k] ?? ''}`).join('\n'),
    );
  }, READ_ONLY),

  'settings.set': withSession(async ({ dispatch, t }, key: string, text: string) => {
    if (!isSettingKey(key)) throw unknownKey(t, key);
    const current = unwrap<Settings>(t, await dispatch('settings.get', {}));
    if (key === 'language') {
      const saved = unwrap<Settings>(t, await dispatch('settings.setLanguage', { language: text }));
      processOutput.out(createTranslator(saved.language).t('cli.settings.saved'));
      return;
    }
    if (!current.agent || !current.shop) throw new CliFailure(1, t('cli.notSetUp'));
    const base: SettingsInput = { language: current.language, agent: current.agent, shop: current.shop };
    const next = SETTING_KEYS[key]!.write(base, text);
    if (!next) throw new CliFailure(1, `  ${key}: ${t('validation.money.format')}`);
    unwrap<Settings>(t, await dispatch('settings.save', next));
    processOutput.out(t('cli.settings.saved'));
  }),

  'phrases.import': importCommand({
    preview: 'phrases.importPreview',
    apply: 'phrases.importApply',
    describe: describePhraseImport,
    nothingWrittenKey: 'cli.phrases.nothingWritten',
  }),

  'phrases.export': withSession(async ({ dispatch, t }, opts: { format: string; out: string }) => {
    const file = unwrap<{ contentBase64: string }>(
      t,
      await dispatch('phrases.export', { format: opts.format }),
    );
    writeFileSync(opts.out, Buffer.from(file.contentBase64, 'base64'));
    processOutput.out(t('cli.phrases.exported', { file: opts.out }));
  }, READ_ONLY),

  'phrases.search': withSession(async ({ dispatch, t }, query: string, opts: Json & { limit: string }) => {
    const found = unwrap<{ total: number; hits: SearchHitView[] }>(
      t,
      await dispatch('phrases.search', { query, limit: Number(opts.limit) }),
    );
    const lines = found.hits.map(
      (hit, i) =>
        `${String(i + 1).padStart(2)}. [${hit.phrase.shortcut || '-'}] ${hit.phrase.title}  (${hit.groupName}; ${hit.tier}/${hit.matchedBy}; ${hit.score.toFixed(2)})`,
    );
    print(Boolean(opts.json), found, [t('cli.phrases.found', { count: found.total }), ...lines].join('\n'));
  }, READ_ONLY),

  'phrases.suggest': withSession(
    async ({ dispatch, t }, text: string | undefined, opts: Json & { limit: string; file?: string }) => {
      if ((text === undefined) === (opts.file === undefined))
        throw new CliFailure(1, t(text === undefined ? 'cli.suggest.noQuestion' : 'cli.suggest.both'));
      const questions = opts.file === undefined ? [text!] : questionLines(opts.file);
      if (questions.length === 0) throw new CliFailure(1, t('cli.suggest.fileEmpty', { file: opts.file }));
      const answers: SuggestAnswer[] = [];
      for (const question of questions) {
        const found = unwrap<{ hits: SuggestAnswer['hits'] }>(
          t,
          await dispatch('phrases.suggest', { question, limit: Number(opts.limit) }),
        );
        answers.push({ question, hits: found.hits });
      }
      const json = answers.map(({ question, hits }) => ({
        question,
        hits: hits.map(({ phrase, score, why }) => ({ phrase, score, why })),
      }));
      print(Boolean(opts.json), json, describeSuggestions(t, answers));
    },
    READ_ONLY,
  ),

  'orders.import': importCommand({
    preview: 'orders.importPreview',
    apply: 'orders.importApply',
    describe: describeOrderImport,
    nothingWrittenKey: 'cli.orders.nothingWritten',
  }),

  'orders.list': withSession(
    async ({ dispatch, t, language }, opts: Json & OrderListOptions & { status?: string }) => {
      const page = orderListPage(t, opts);
      const filter = opts.status ? { status: [opts.status] } : {};
      const list = page
        ? unwrap<OrderListView>(t, await dispatch('orders.list', { ...filter, ...page }))
        : await allOrders((query) => dispatch('orders.list', { ...filter, ...query }), t);
      print(Boolean(opts.json), list, describeOrderList(t, list, language, page?.offset ?? 0));
    },
    READ_ONLY,
  ),

  ...invoiceCommands,

  'tasks.list': withSession(async ({ dispatch, t, language }, opts: Json & { due?: string }) => {
    if (opts.due !== undefined && opts.due !== 'today' && opts.due !== 'all') {
      throw new CliFailure(1, t('cli.tasks.badDue', { due: opts.due }));
    }
    const list = unwrap<TaskList>(t, await dispatch('tasks.list', { due: opts.due ?? 'all' }));
    print(Boolean(opts.json), list, describeTaskList(t, list, language));
  }, READ_ONLY),

  'tasks.runRules': withSession(async ({ dispatch, t }, opts: Json) => {
    const run = unwrap<RuleRun>(t, await dispatch('tasks.runRules', {}));
    print(Boolean(opts.json), run, t('cli.tasks.rulesRan', run));
  }),

  'checklist.today': withSession(async ({ dispatch, t, language }, opts: Json) => {
    const today = unwrap<ChecklistToday>(t, await dispatch('checklist.today', {}));
    const { shop } = unwrap<Settings>(t, await dispatch('settings.get', {}));
    print(
      Boolean(opts.json),
      today,
      describeChecklistToday(t, today, language, shop?.timeZone ?? 'Asia/Shanghai'),
    );
  }),

  sync: withSession(async ({ core, t }, opts: Json & { server?: string; token?: string }) => {
    if ((opts.server === undefined) !== (opts.token === undefined))
      throw new CliFailure(1, t('cli.sync.serverAndToken'));
    if (opts.server !== undefined && opts.token !== undefined) {
      const input = syncConfigureInputSchema.safeParse({ serverUrl: opts.server, token: opts.token });
      if (!input.success) throw new CliFailure(1, describeError(t, validationError(input.error)));
      try {
        await core.sync.bind(input.data);
      } catch (error) {
        if (error instanceof AppError) throw new CliFailure(1, describeError(t, error));
        throw error;
      }
    }
    if (core.sync.status().state === 'unconfigured') throw new CliFailure(1, t('cli.sync.notConnected'));
    const run = await core.sync.run();
    const { status } = run;
    print(Boolean(opts.json), run, describeSyncRun(t, run));
    if (status.state === 'error' || status.state === 'offline')
      throw new CliFailure(1, t('cli.sync.notDone'));
  }),

  'report.daily': withSession(
    async ({ dispatch, t }, opts: { date: string; agent?: string; format: string; out: string }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new CliFailure(1, t('reports.cli.badDate', opts));
      if (!(REPORT_FORMATS as readonly string[]).includes(opts.format)) {
        throw new CliFailure(1, t('reports.cli.badFormat', opts));
      }
      const file = unwrap<{ contentBase64: string }>(
        t,
        await dispatch('reports.export', {
          from: opts.date,
          to: opts.date,
          format: opts.format,
          ...(opts.agent === undefined ? {} : { agentCode: opts.agent }),
        }),
      );
      writeFileSync(opts.out, Buffer.from(file.contentBase64, 'base64'));
      processOutput.out(t('reports.cli.written', { file: opts.out }));
    },
    READ_ONLY,
  ),

  'db.check': withSession(
    async ({ database, t }, opts: Json) => {
      const result = checkDatabase(database.sqlite);
      print(
        Boolean(opts.json),
        { file: database.file, ...result },
        t(result.ok ? 'cli.db.ok' : 'cli.db.corrupt', { ...result, file: database.file }),
      );
      if (!result.ok) throw new CliFailure(2, result.quickCheck);
    },
    { mustExist: true, ...READ_ONLY },
  ),

  'db.backup': withSession(
    async ({ database, t, dataDir }, opts: { out?: string }) => {
      // VACUUM INTO refuses an existing target anyway; say so instead of failing inside SQLite.
      if (opts.out && existsSync(opts.out))
        throw new CliFailure(1, t('cli.db.backupExists', { file: opts.out }));
      const file = opts.out
        ? backupDatabase(database.sqlite, opts.out)
        : rotateBackup(database.sqlite, join(dataDir, 'backups'), new Date()).file;
      processOutput.out(t('cli.db.backupWritten', { file }));
    },
    { mustExist: true, ...READ_ONLY },
  ),

  // Quit the app first: the backup replaces the database file the app has open.
  'db.restore': async ({ dataDir }: CliContext, backup: string) => {
    const { t } = createTranslator(terminalLanguage());
    const dataFile = databaseFile(dataDir);
    try {
      stageRestore(dataFile, backup, shippedSchemaVersion(defaultMigrationsFolder()));
    } catch (cause) {
      if (!(cause instanceof DatabaseOpenError)) throw cause;
      throw new CliFailure(
        2,
        t('cli.db.restoreRefused', { reason: t(`errors.${cause.code}`, cause.details) }),
      );
    }
    const database = openDatabase({ file: dataFile });
    database.close();
    const outcome = database.restore;
    if (outcome?.status !== 'restored')
      throw new CliFailure(
        2,
        t('cli.db.restoreRefused', {
          reason: t(`errors.${outcome?.code ?? 'db.unreadable'}`, { file: backup }),
        }),
      );
    processOutput.out(t('cli.db.restored', { ...outcome.summary, previous: outcome.previousCopy ?? '-' }));
  },
};

export type CliActionName = keyof typeof CLI_ACTIONS;

/** Runs one command; every failure leaves as a CliFailure with the words and the exit code. */
export async function runAction(name: CliActionName, context: CliContext, args: unknown[]): Promise<void> {
  const action = CLI_ACTIONS[name] as (context: CliContext, ...args: unknown[]) => Promise<void>;
  try {
    await action(context, ...args);
  } catch (cause) {
    throw explainFailure(cause);
  }
}
