import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from './database-open-error';
import { checkDatabase, defaultMigrationsFolder, openDatabase, shippedSchemaVersion } from './open-database';
import { backupDatabase, rotateBackup } from './backup';
import { shops } from './schema';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-db-'));
  dirs.push(dir);
  return dir;
};
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function openError(file: string): DatabaseOpenError {
  try {
    openDatabase({ file }).close();
  } catch (cause) {
    if (cause instanceof DatabaseOpenError) return cause;
    throw cause;
  }
  throw new Error('openDatabase accepted the file');
}

describe('openDatabase', () => {
  it('creates a migrated database with WAL, foreign keys, busy timeout and the schema version', () => {
    const file = join(tempDir(), 'kefu.sqlite');
    const opened = openDatabase({ file });
    try {
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(opened.schemaVersion).toBe(shippedSchemaVersion(defaultMigrationsFolder()));
      expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(opened.schemaVersion);
      const tables = opened.sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
        )
        .pluck()
        .all();
      expect(tables).toEqual(
        expect.arrayContaining([
          'shops',
          'agents',
          'settings',
          'phrase_groups',
          'phrases',
          'phrase_usages',
          'lint_rules',
          'customers',
          'inquiries',
          'orders',
          'order_items',
          'order_remarks',
          'return_cases',
          'tasks',
          'checklist_templates',
          'checklist_steps',
          'checklist_days',
          'checklist_items',
          'daily_logs',
          'sync_outbox',
          'sync_state',
          'sync_issues',
        ]),
      );
      expect(checkDatabase(opened.sqlite)).toMatchObject({ ok: true, quickCheck: 'ok' });
    } finally {
      opened.close();
    }
  });

  it('keeps data across reopen and applies no migration twice', () => {
    const file = join(tempDir(), 'kefu.sqlite');
    const first = openDatabase({ file });
    first.db
      .insert(shops)
      .values({ id: 's1', shopId: 's1', name: '小鹿家居旗舰店', createdAt: 1, updatedAt: 1 })
      .run();
    first.close();
    const again = openDatabase({ file });
    try {
      expect(
        again.db
          .select()
          .from(shops)
          .all()
          .map((s) => s.name),
      ).toEqual(['小鹿家居旗舰店']);
      expect(again.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(
        again.schemaVersion,
      );
    } finally {
      again.close();
    }
  });

  it('refuses a database written by a newer schema and leaves the file untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'kefu.sqlite');
    openDatabase({ file }).close();
    const future = new Database(file);
    future.pragma('user_version = 99');
    future.exec('create table from_the_future (x)');
    future.close();
    const before = sha(file);
    const filesBefore = readdirSync(dir).sort();

    const error = openError(file);
    expect(error.code).toBe('db.newerSchema');
    expect(error.details).toMatchObject({
      file,
      found: 99,
      supported: shippedSchemaVersion(defaultMigrationsFolder()),
    });
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('with mustExist refuses a missing file and creates nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'kefu.sqlite');
    let error: unknown;
    try {
      openDatabase({ file, mustExist: true }).close();
    } catch (cause) {
      error = cause;
    }
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect(error).toMatchObject({ code: 'db.missing', details: { file } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with mustExist opens an existing database as usual', () => {
    const file = join(tempDir(), 'kefu.sqlite');
    openDatabase({ file }).close();
    const again = openDatabase({ file, mustExist: true });
    try {
      expect(checkDatabase(again.sqlite).ok).toBe(true);
    } finally {
      again.close();
    }
  });

  it('refuses a file that is not a SQLite database without overwriting it', () => {
    const file = join(tempDir(), 'kefu.sqlite');
    writeFileSync(file, 'this is a spreadsheet, not a database'.repeat(200));
    const before = sha(file);
    expect(openError(file).code).toBe('db.damagedNoBackup');
    expect(sha(file)).toBe(before);
  });
});

describe('backups', () => {
  it('VACUUM INTO writes a consistent, openable copy', () => {
    const dir = tempDir();
    const opened = openDatabase({ file: join(dir, 'kefu.sqlite') });
    opened.db
      .insert(shops)
      .values({ id: 's1', shopId: 's1', name: '小鹿家居', createdAt: 1, updatedAt: 1 })
      .run();
    const copy = backupDatabase(opened.sqlite, join(dir, 'copy.sqlite'));
    opened.close();
    const reopened = openDatabase({ file: copy });
    try {
      expect(reopened.db.select().from(shops).all()).toHaveLength(1);
    } finally {
      reopened.close();
    }
  });

  it('keeps the newest seven daily backups', () => {
    const dir = tempDir();
    const opened = openDatabase({ file: join(dir, 'kefu.sqlite') });
    try {
      const backups = join(dir, 'backups');
      let last = { file: '', removed: [] as string[] };
      for (let day = 1; day <= 9; day += 1)
        last = rotateBackup(opened.sqlite, backups, new Date(2026, 10, day, 9, 30, 0));
      expect(readdirSync(backups).sort()).toEqual(
        [3, 4, 5, 6, 7, 8, 9].map((d) => `kefu-202611${String(d).padStart(2, '0')}-093000.sqlite`),
      );
      expect(last.file).toBe(join(backups, 'kefu-20261109-093000.sqlite'));
      expect(existsSync(join(backups, 'kefu-20261101-093000.sqlite'))).toBe(false);
    } finally {
      opened.close();
    }
  });
});
