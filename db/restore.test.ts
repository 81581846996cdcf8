import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { rotateBackup } from './backup';
import { DatabaseOpenError } from './database-open-error';
import {
  defaultMigrationsFolder,
  openDatabase,
  shippedSchemaVersion,
  type OpenedDatabase,
} from './open-database';
import { pendingRestoreFile, stageRestore } from './restore';

const VERSION = shippedSchemaVersion(defaultMigrationsFolder());
const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

function open(file: string) {
  const database = openDatabase({ file });
  opened.push(database);
  return database;
}

function close(database: OpenedDatabase) {
  database.close();
  opened.splice(opened.indexOf(database), 1);
}

/** Settings rows stand for "the agent's data": written, backed up, changed, restored. */
const put = (database: OpenedDatabase, key: string, value: string) =>
  database.sqlite
    .prepare('insert or replace into settings (key, value, updated_at) values (?, ?, 0)')
    .run(key, JSON.stringify(value));
const read = (database: OpenedDatabase) =>
  database.sqlite.prepare("select key, value from settings where key like 'note.%' order by key").all();

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (cause) {
    if (cause instanceof DatabaseOpenError) return cause.code;
    throw cause;
  }
  return 'accepted';
}

describe('restoring a backup', () => {
  it('stages a checked backup and swaps it in at the next open, keeping the replaced database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-restore-'));
    const file = join(dir, 'kefu.sqlite');
    let database = open(file);
    put(database, 'note.a', '周一的备注');
    const { file: backup } = rotateBackup(database.sqlite, join(dir, 'backups'), new Date(2026, 10, 23, 9));
    put(database, 'note.b', '周二改错的备注');
    const changed = read(database);

    const summary = stageRestore(file, backup, VERSION);
    expect(summary).toEqual({ schemaVersion: VERSION, orders: 0, customers: 0, phrases: expect.any(Number) });
    expect(existsSync(pendingRestoreFile(file))).toBe(true);
    // Until the next open nothing changes under the running app.
    expect(read(database)).toEqual(changed);
    close(database);

    database = open(file);
    expect(database.restore).toMatchObject({ status: 'restored', summary });
    expect(read(database)).toEqual([{ key: 'note.a', value: JSON.stringify('周一的备注') }]);
    expect(existsSync(pendingRestoreFile(file))).toBe(false);
    const previous = database.restore?.status === 'restored' ? database.restore.previousCopy : null;
    expect(previous).toMatch(/backups[/\\]kefu-before-restore-\d{8}-\d{6}\.sqlite$/);
    const kept = new Database(previous!, { readonly: true });
    expect(
      kept.prepare("select key from settings where key like 'note.%' order by key").pluck().all(),
    ).toEqual(['note.a', 'note.b']);
    kept.close();
    close(database);
    expect(open(file).restore).toBeNull();
  });

  it('refuses what is not a sound 客服台 backup from this or an older version, and stages nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-restore-bad-'));
    const file = join(dir, 'kefu.sqlite');
    const database = open(file);
    put(database, 'note.a', '保留');
    const { file: good } = rotateBackup(database.sqlite, join(dir, 'backups'), new Date(2026, 10, 23, 9));

    const text = join(dir, 'orders.csv');
    writeFileSync(text, '订单编号,买家会员名\n');
    const other = join(dir, 'other.sqlite');
    new Database(other).exec('create table notes (id integer primary key)').close();
    const newer = join(dir, 'newer.sqlite');
    const newerDb = new Database(good, { readonly: true });
    newerDb.prepare('VACUUM INTO ?').run(newer);
    newerDb.close();
    const bump = new Database(newer);
    bump.pragma(`user_version = ${VERSION + 1}`);
    bump.close();

    expect(refusal(() => stageRestore(file, join(dir, 'missing.sqlite'), VERSION))).toBe('db.missing');
    expect(refusal(() => stageRestore(file, text, VERSION))).toBe('db.unreadable');
    expect(refusal(() => stageRestore(file, other, VERSION))).toBe('db.notKefu');
    expect(refusal(() => stageRestore(file, newer, VERSION))).toBe('db.newerSchema');
    expect(existsSync(pendingRestoreFile(file))).toBe(false);
    expect(read(database)).toEqual([{ key: 'note.a', value: JSON.stringify('保留') }]);
  });

  it('sets aside a staged file damaged before the swap and opens the current database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-restore-damaged-'));
    const file = join(dir, 'kefu.sqlite');
    let database = open(file);
    put(database, 'note.a', '当前');
    close(database);
    writeFileSync(pendingRestoreFile(file), 'SQLite format 3\0 but damaged');

    database = open(file);
    expect(database.restore).toEqual({
      status: 'refused',
      code: 'db.unreadable',
      refusedFile: `${file}.restore-refused`,
    });
    expect(read(database)).toEqual([{ key: 'note.a', value: JSON.stringify('当前') }]);
    expect(existsSync(pendingRestoreFile(file))).toBe(false);
  });

  it.each([
    ['a damaged (truncated)', (file: string) => truncateSync(file, 8192)],
    ['an empty (0-byte)', (file: string) => truncateSync(file, 0)],
  ])('restores over %s database, keeping the damaged file as it was', (_, damage) => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-restore-over-damage-'));
    const file = join(dir, 'kefu.sqlite');
    const database = open(file);
    for (let i = 0; i < 200; i += 1)
      put(database, `note.${String(i).padStart(3, '0')}`, '周末送到'.repeat(50));
    const { file: backup } = rotateBackup(database.sqlite, join(dir, 'backups'), new Date(2026, 10, 23, 9));
    close(database);
    damage(file);
    const damaged = readFileSync(file);

    stageRestore(file, backup, VERSION);
    const restored = open(file);
    expect(restored.restore).toMatchObject({ status: 'restored' });
    expect(read(restored)).toHaveLength(200);
    const previous = restored.restore?.status === 'restored' ? restored.restore.previousCopy : null;
    expect(readFileSync(previous!)).toEqual(damaged);
  });
});
