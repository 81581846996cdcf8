/**
 * One CLI command's session: the data folder's database opened, the same core services and
 * contract dispatcher as the app, and the agent's language; closed when the command ends.
 */
import { mkdirSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { DatabaseOpenError } from '../../db/database-open-error';
import { openDatabase, type OpenedDatabase } from '../../db/open-database';
import { sqliteFailure } from '../../db/sqlite-failure';
import { unwritablePath } from '../../db/write-access';
import type { ApiError, ApiResult, ValidationIssue } from '../api/api-result';
import { createDispatcher } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { systemClock } from '../core/clock';
import { createCoreServices } from '../core/core-services';
import { databaseFile } from '../core/data-dir';
import { createTranslator } from '../core/i18n/translator';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../core/platform/headless-shell';
import { CliFailure } from './cli-failure';
import { processOutput } from './cli-output';
import { createStderrNotifier } from './stderr-notifier';

/** What every command gets from the program: its global options and the app's version. */
export interface CliContext {
  dataDir: string;
  version: string;
}

export interface SessionOptions {
  /** Maintenance commands work on the database that is there; they never create one. */
  mustExist?: boolean;
  /** Commands that only read: they work read-only where the data folder may not be written. */
  readOnly?: boolean;
}
export const READ_ONLY: SessionOptions = { readOnly: true };

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

function openSession({ dataDir, version }: CliContext, options: SessionOptions) {
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
    return { database, core, dispatch, t, language, dataDir };
  } catch (cause) {
    database.close();
    throw explainNotWritable(cause, database);
  }
}

export type Session = ReturnType<typeof openSession>;

export function describeError(t: TFunction, error: ApiError): string {
  // The app's words point at its first-run screen; here the way is kefu setup or kefu join.
  if (error.code === 'notSetUp') return t('cli.notSetUp');
  const issues = (error.details.issues as ValidationIssue[] | undefined) ?? [];
  const lines = issues.map((issue) => `  ${issue.path.join('.')}: ${t(issue.messageKey, issue.params)}`);
  return [t(error.messageKey, error.details), ...lines].join('\n');
}

export function unwrap<T>(t: TFunction, result: ApiResult<unknown>): T {
  if (!result.ok) throw new CliFailure(1, describeError(t, result.error));
  return result.value as T;
}

/** A command's result: JSON for scripts, or the words for people. */
export const print = (json: boolean, value: unknown, text: string) =>
  processOutput.out(json ? JSON.stringify(value, null, 2) : text);

/** A command that works on the data folder's database, opened for it and closed after it. */
export function withSession<A extends unknown[]>(
  action: (session: Session, ...args: A) => Promise<void>,
  options: SessionOptions = {},
) {
  return async (context: CliContext, ...args: A) => {
    const session = openSession(context, options);
    try {
      await action(session, ...args);
    } catch (cause) {
      throw explainNotWritable(cause, session.database);
    } finally {
      session.database.close();
    }
  };
}
