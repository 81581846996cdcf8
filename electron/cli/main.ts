/**
 * `kefu`: the same core and contract as the app, for supervisors' scripts and support.
 * Exit codes: 0 ok, 1 the input was refused, 2 the database could not be used.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import type { TFunction } from 'i18next';
import { rotateBackup, backupDatabase } from '../../db/backup';
import { DatabaseOpenError } from '../../db/database-open-error';
import {
  checkDatabase,
  defaultMigrationsFolder,
  openDatabase,
  shippedSchemaVersion,
  type OpenedDatabase,
} from '../../db/open-database';
import { stageRestore } from '../../db/restore';
import { sqliteFailure } from '../../db/sqlite-failure';
import { unwritablePath } from '../../db/write-access';
import type { ApiError, ApiResult, ValidationIssue } from '../api/api-result';
import type { MethodOutput } from '../api/contract';
import type { SearchHitView } from '../core/phrases/phrase-schema';
import { createDispatcher, validationError, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { systemClock } from '../core/clock';
import { AppError } from '../core/app-error';
import { createCoreServices } from '../core/core-services';
import { databaseFile, defaultDataDir } from '../core/data-dir';
import { createTranslator, languageForLocale } from '../core/i18n/translator';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../core/platform/headless-shell';
import type { Settings, SettingsInput } from '../core/settings/settings-schema';
import { SETTING_KEYS, isSettingKey } from './settings-keys';
import { createStderrNotifier } from './stderr-notifier';
import { processOutput } from './cli-output';
import { describeOrderImport, describeOrderList, type OrderListView } from './order-text';
import { describeTaskList } from './task-list-text';
import { describeSyncRun } from './sync-text';
import { syncConfigureInputSchema } from '../core/sync/sync-schema';
import { describeChecklistToday } from './checklist-text';
import type { ChecklistToday } from '../core/checklist/checklist-schema';
import { REPORT_FORMATS } from '../core/reports/daily-log-schema';
import { ORDER_LIST_MAX } from '../core/orders/order-schema';
import type { RuleRun, TaskList } from '../core/tasks/task-schema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

interface SessionOptions {
  /** Maintenance commands work on the database that is there; they never create one. */
  mustExist?: boolean;
  /** Commands that only read: they work read-only where the data folder may not be written. */
  readOnly?: boolean;
}
const READ_ONLY: SessionOptions = { readOnly: true };

/**
 * A write refused by the file system or SQLite to a command running read-only (the data folder
 * may not be written), as the agent should read it: which path. Other errors pass unchanged.
 */
function explainNotWritable(cause: unknown, database: OpenedDatabase): unknown {
  if (!database.readOnly || cause instanceof DatabaseOpenError) return cause;
  const code = (cause as { code?: unknown }).code;
  if (sqliteFailure(cause) !== 'notWritable' && code !== 'SQLITE_CANTOPEN') return cause;
  const path = (cause as NodeJS.ErrnoException).path ?? unwritablePath(database.file) ?? database.file;
  return new DatabaseOpenError('db.readOnly', { file: database.file, path });
}

function session(dataDir: string, options: SessionOptions = {}) {
  const file = databaseFile(dataDir);
  try {
    if (!options.mustExist) mkdirSync(dataDir, { recursive: true });
  } catch (cause) {
    if (sqliteFailure(cause) !== 'notWritable') throw cause;
    throw new DatabaseOpenError('db.readOnly', {
      file,
      path: (cause as NodeJS.ErrnoException).path ?? dataDir,
    });
  }
  const database = openDatabase({
    file,
    mustExist: options.mustExist,
    readOnlyIfNotWritable: options.readOnly,
  });
  try {
    const core = createCoreServices({
      database,
      clock: systemClock,
      shell: HEADLESS_SHELL,
      injector: HEADLESS_INJECTOR,
      notifier: createStderrNotifier(),
      dataDir,
      appVersion: version,
    });
    const dispatch = createDispatcher(createHandlers(core));
    const { language } = core.settings.get();
    const { t } = createTranslator(language);
    return { database, core, dispatch, t, language };
  } catch (cause) {
    database.close();
    throw explainNotWritable(cause, database);
  }
}

function describeError(t: TFunction, error: ApiError): string {
  const issues = (error.details.issues as ValidationIssue[] | undefined) ?? [];
  const lines = issues.map((issue) => `  ${issue.path.join('.')}: ${t(issue.messageKey, issue.params)}`);
  return [t(error.messageKey, error.details), ...lines].join('\n');
}

function unwrap<T>(t: TFunction, result: ApiResult<unknown>): T {
  if (!result.ok) throw new CliFailure(1, describeError(t, result.error));
  return result.value as T;
}

function withSession<A extends unknown[]>(
  program: Command,
  action: (s: ReturnType<typeof session>, ...args: A) => Promise<void>,
  options: SessionOptions = {},
) {
  return async (...args: A) => {
    const s = session(program.opts<{ dataDir: string }>().dataDir, options);
    try {
      await action(s, ...args);
    } catch (cause) {
      throw explainNotWritable(cause, s.database);
    } finally {
      s.database.close();
    }
  };
}

type ImportReportView = MethodOutput<'phrases.importPreview'>;

function describeImport(t: TFunction, report: ImportReportView, written: boolean): string {
  const lines = [
    t(written ? 'cli.phrases.imported' : 'cli.phrases.dryRun', {
      added: report.toAdd.length,
      duplicates: report.duplicates.length,
      invalid: report.invalid.length,
      groups: report.newGroups.length,
    }),
    ...report.invalid.map(
      (p) =>
        `  ${t('cli.phrases.row', { row: p.row })}${p.column ? ` ${p.column}` : ''}: ${t(p.messageKey, p.params)}`,
    ),
    ...report.duplicates.map(
      (d) => `  ${t('cli.phrases.row', { row: d.row })} ${d.title}: ${t(`cli.phrases.${d.reason}`)}`,
    ),
  ];
  return lines.join('\n');
}

const print = (json: boolean, value: unknown, text: string) =>
  processOutput.out(json ? JSON.stringify(value, null, 2) : text);

/** Bytes per `orders.importUpload` call: the host takes at most 1 MB. */
const UPLOAD_PIECE = 1 << 20;

/** An order file goes to the import a megabyte per call, as the UI sends it (order-uploads.ts). */
async function uploadOrderFile(dispatch: Dispatch, t: TFunction, bytes: Buffer): Promise<string> {
  const uploadId = randomUUID();
  for (let offset = 0; offset < Math.max(bytes.length, 1); offset += UPLOAD_PIECE) {
    const contentBase64 = bytes.subarray(offset, offset + UPLOAD_PIECE).toString('base64');
    unwrap(t, await dispatch('orders.importUpload', { uploadId, offset, contentBase64 }));
  }
  return uploadId;
}

/**
 * `kefu … import FILE [--dry-run] [--json]`: always the dry run first; the write follows only
 * when asked for and no row is invalid, so a bad file never half-lands.
 */
function importAction<R extends { invalid: unknown[] }>(
  program: Command,
  spec: {
    preview: 'phrases.importPreview' | 'orders.importPreview';
    apply: 'phrases.importApply' | 'orders.importApply';
    describe: (t: TFunction, report: R, written: boolean) => string;
    nothingWrittenKey: string;
  },
) {
  return withSession(
    program,
    async ({ dispatch, t }, file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      const bytes = readFileSync(file);
      const input =
        spec.preview === 'orders.importPreview'
          ? { fileName: basename(file), uploadId: await uploadOrderFile(dispatch, t, bytes) }
          : { fileName: basename(file), contentBase64: bytes.toString('base64') };
      const preview = unwrap<R>(t, await dispatch(spec.preview, input));
      const apply = !opts.dryRun && preview.invalid.length === 0;
      const report = apply ? unwrap<R>(t, await dispatch(spec.apply, input)) : preview;
      const text = spec.describe(t, report, apply);
      const refused = report.invalid.length > 0;
      // JSON is for a script, which reads the problems from it; the words explain the refusal.
      if (opts.json) print(true, { ...report, written: apply }, text);
      else if (!refused) print(false, report, text);
      if (refused) {
        const nothingWritten = t(spec.nothingWrittenKey);
        throw new CliFailure(1, opts.json ? nothingWritten : `${text}\n${nothingWritten}`);
      }
    },
  );
}

const DEFAULT_ORDER_LIMIT = 50;

/** A whole number as typed on the command line, or null (`1e3`, `12abc` and `-0` are not). */
const wholeNumber = (text: string): number | null => (/^\d+$/.test(text) ? Number(text) : null);

/**
 * `--limit` and `--offset` as one `orders.list` page, or null for `--all`. The contract caps a
 * page at ORDER_LIST_MAX; beyond that the refusal says so and points at `--all`.
 */
function orderListPage(
  t: TFunction,
  opts: { limit?: string; offset?: string; all?: boolean },
): { limit: number; offset: number } | null {
  if (opts.all) {
    if (opts.limit !== undefined || opts.offset !== undefined)
      throw new CliFailure(1, t('cli.orders.allAlone'));
    return null;
  }
  const limit = opts.limit === undefined ? DEFAULT_ORDER_LIMIT : wholeNumber(opts.limit);
  if (limit === null || limit < 1 || limit > ORDER_LIST_MAX) {
    throw new CliFailure(1, t('cli.orders.badLimit', { value: opts.limit, max: ORDER_LIST_MAX }));
  }
  const offset = opts.offset === undefined ? 0 : wholeNumber(opts.offset);
  if (offset === null) throw new CliFailure(1, t('cli.orders.badOffset', { value: opts.offset }));
  return { limit, offset };
}

/** `--all`: every page in turn, as one list. */
async function allOrders(
  list: (page: { limit: number; offset: number }) => Promise<ApiResult<unknown>>,
  t: TFunction,
): Promise<OrderListView> {
  const orders: OrderListView['orders'] = [];
  let total = 0;
  do {
    const page = unwrap<OrderListView>(t, await list({ limit: ORDER_LIST_MAX, offset: orders.length }));
    total = page.total;
    if (page.orders.length === 0) break;
    orders.push(...page.orders);
  } while (orders.length < total);
  return { total, orders };
}

export function buildProgram(): Command {
  const program = new Command('kefu')
    .description('Kefu Desk 客服台 command line')
    .version(version)
    .option('--data-dir <dir>', 'data directory', defaultDataDir());

  const settings = program.command('settings').description('read or change settings');
  settings
    .command('get [key]')
    .option('--json', 'print JSON')
    .action(
      withSession(
        program,
        async ({ dispatch, t }, key: string | undefined, opts: { json?: boolean }) => {
          const value = unwrap<Settings>(t, await dispatch('settings.get', {}));
          if (key !== undefined && !isSettingKey(key)) {
            throw new CliFailure(
              1,
              t('cli.settings.unknownKey', { key, keys: Object.keys(SETTING_KEYS).join(', ') }),
            );
          }
          const keys = key === undefined ? Object.keys(SETTING_KEYS) : [key];
          const entries = Object.fromEntries(keys.map((k) => [k, SETTING_KEYS[k]!.read(value) ?? null]));
          print(
            Boolean(opts.json),
            key === undefined ? entries : entries[key],
            keys.map((k) => `${k} = ${entries[k] ?? ''}`).join('\n'),
          );
        },
        READ_ONLY,
      ),
    );
  settings.command('set <key> <value>').action(
    withSession(program, async ({ dispatch, t }, key: string, text: string) => {
      if (!isSettingKey(key)) {
        throw new CliFailure(
          1,
          t('cli.settings.unknownKey', { key, keys: Object.keys(SETTING_KEYS).join(', ') }),
        );
      }
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
  );

  const phrases = program.command('phrases').description('phrase library: import, export, search');
  phrases
    .command('import <file>')
    .option('--dry-run', 'report what would happen, write nothing')
    .option('--json', 'print JSON')
    .action(
      importAction(program, {
        preview: 'phrases.importPreview',
        apply: 'phrases.importApply',
        describe: describeImport,
        nothingWrittenKey: 'cli.phrases.nothingWritten',
      }),
    );
  phrases
    .command('export')
    .requiredOption('--format <format>', 'csv | xlsx | json')
    .requiredOption('--out <file>', 'where to write the file')
    .action(
      withSession(
        program,
        async ({ dispatch, t }, opts: { format: string; out: string }) => {
          const file = unwrap<{ contentBase64: string }>(
            t,
            await dispatch('phrases.export', { format: opts.format }),
          );
          writeFileSync(opts.out, Buffer.from(file.contentBase64, 'base64'));
          processOutput.out(t('cli.phrases.exported', { file: opts.out }));
        },
        READ_ONLY,
      ),
    );
  phrases
    .command('search <query>')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many results', '20')
    .action(
      withSession(
        program,
        async ({ dispatch, t }, query: string, opts: { json?: boolean; limit: string }) => {
          const found = unwrap<{ total: number; hits: SearchHitView[] }>(
            t,
            await dispatch('phrases.search', { query, limit: Number(opts.limit) }),
          );
          const lines = found.hits.map(
            (hit, i) =>
              `${String(i + 1).padStart(2)}. [${hit.phrase.shortcut || '-'}] ${hit.phrase.title}  (${hit.groupName}; ${hit.tier}/${hit.matchedBy}; ${hit.score.toFixed(2)})`,
          );
          print(
            Boolean(opts.json),
            found,
            [t('cli.phrases.found', { count: found.total }), ...lines].join('\n'),
          );
        },
        READ_ONLY,
      ),
    );

  const ordersCommand = program.command('orders').description('orders: import the platform export, list');
  ordersCommand
    .command('import <file>')
    .option('--dry-run', 'report what would happen, write nothing')
    .option('--json', 'print JSON')
    .action(
      importAction(program, {
        preview: 'orders.importPreview',
        apply: 'orders.importApply',
        describe: describeOrderImport,
        nothingWrittenKey: 'cli.orders.nothingWritten',
      }),
    );
  ordersCommand
    .command('list')
    .option('--status <status>', 'unpaid | paid | shipped | completed | closed')
    .option('--limit <n>', `how many orders, 1 to ${ORDER_LIST_MAX} (default ${DEFAULT_ORDER_LIMIT})`)
    .option('--offset <n>', 'skip this many orders first (default 0)')
    .option('--all', `every order (read ${ORDER_LIST_MAX} at a time); not with --limit or --offset`)
    .option('--json', 'print JSON')
    .action(
      withSession(
        program,
        async (
          { dispatch, t, language },
          opts: { status?: string; limit?: string; offset?: string; all?: boolean; json?: boolean },
        ) => {
          const page = orderListPage(t, opts);
          const filter = opts.status ? { status: [opts.status] } : {};
          const list = page
            ? unwrap<OrderListView>(t, await dispatch('orders.list', { ...filter, ...page }))
            : await allOrders((query) => dispatch('orders.list', { ...filter, ...query }), t);
          print(Boolean(opts.json), list, describeOrderList(t, list, language, page?.offset ?? 0));
        },
        READ_ONLY,
      ),
    );

  const tasks = program.command('tasks').description('follow-up tasks');
  tasks
    .command('list')
    .option('--due <when>', 'today: only what is overdue or due today; all (default)')
    .option('--json', 'print JSON')
    .action(
      withSession(
        program,
        async ({ dispatch, t, language }, opts: { due?: string; json?: boolean }) => {
          if (opts.due !== undefined && opts.due !== 'today' && opts.due !== 'all') {
            throw new CliFailure(1, t('cli.tasks.badDue', { due: opts.due }));
          }
          const list = unwrap<TaskList>(t, await dispatch('tasks.list', { due: opts.due ?? 'all' }));
          print(Boolean(opts.json), list, describeTaskList(t, list, language));
        },
        READ_ONLY,
      ),
    );
  tasks
    .command('run-rules')
    .option('--json', 'print JSON')
    .action(
      withSession(program, async ({ dispatch, t }, opts: { json?: boolean }) => {
        const run = unwrap<RuleRun>(t, await dispatch('tasks.runRules', {}));
        print(Boolean(opts.json), run, t('cli.tasks.rulesRan', run));
      }),
    );

  const checklist = program.command('checklist').description('daily SOP checklist');
  checklist
    .command('today')
    .description("today's checklist (created on first open) with live counts")
    .option('--json', 'print JSON')
    .action(
      withSession(program, async ({ dispatch, t, language }, opts: { json?: boolean }) => {
        const today = unwrap<ChecklistToday>(t, await dispatch('checklist.today', {}));
        const { shop } = unwrap<Settings>(t, await dispatch('settings.get', {}));
        print(
          Boolean(opts.json),
          today,
          describeChecklistToday(t, today, language, shop?.timeZone ?? 'Asia/Shanghai'),
        );
      }),
    );

  program
    .command('sync')
    .description('sync with the shop server: connect first with --server and --token, then one run')
    .option('--server <url>', 'the sync server, e.g. https://kefu.example.com')
    .option('--token <token>', 'the token from kefu-server create-agent')
    .option('--json', 'print JSON')
    .action(
      withSession(program, async ({ core, t }, opts: { server?: string; token?: string; json?: boolean }) => {
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
    );

  const report = program.command('report').description('daily logs (日报)');
  report
    .command('daily')
    .description("an agent-day's daily log as a file")
    .requiredOption('--date <day>', "YYYY-MM-DD on the shop's clock")
    .option('--agent <code>', "工号 (supervisors: any agent of the shop; default: the desk's agent)")
    .requiredOption('--format <format>', REPORT_FORMATS.join(' | '))
    .requiredOption('--out <file>', 'where to write the file')
    .action(
      withSession(
        program,
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
    );

  const db = program.command('db').description('database maintenance');
  db.command('check')
    .option('--json', 'print JSON')
    .action(
      withSession(
        program,
        async ({ database, t }, opts: { json?: boolean }) => {
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
    );
  db.command('backup')
    .option('--out <file>', 'write the backup to this file instead of the rotating backups folder')
    .action(
      withSession(
        program,
        async ({ database, t }: { database: OpenedDatabase; t: TFunction }, opts: { out?: string }) => {
          const dataDir = program.opts<{ dataDir: string }>().dataDir;
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
    );
  // Quit the app first: the backup replaces the database file the app has open.
  db.command('restore <file>')
    .description('restore a backup (checked first; the replaced database is kept in backups/)')
    .action((backup: string) => {
      const dataDir = program.opts<{ dataDir: string }>().dataDir;
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
    });
  return program;
}

/** The terminal's language, for messages printed before (or without) the stored settings. */
function terminalLanguage() {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  return languageForLocale(LC_ALL || LC_MESSAGES || LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildProgram().exitOverride().parseAsync(argv);
    return 0;
  } catch (cause) {
    if (cause instanceof CliFailure) {
      processOutput.err(cause.message);
      return cause.exitCode;
    }
    if (cause instanceof DatabaseOpenError) {
      const { t } = createTranslator(terminalLanguage());
      processOutput.err(t(`errors.${cause.code}`, cause.details));
      return 2;
    }
    // --help, --version and usage errors: commander has already printed its own text.
    if (cause instanceof CommanderError) return cause.exitCode;
    // Anything else is a bug or an environment problem: say so in the agent's language and
    // name the cause on its own line, without a stack trace, and never crash the shell script.
    const { t } = createTranslator(terminalLanguage());
    processOutput.err(`${t('errors.internal')}\n${cause instanceof Error ? cause.message : String(cause)}`);
    return 1;
  }
}
