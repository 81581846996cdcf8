import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureDailyBackup, rotateBackup } from './backup';
import { openDatabase, type OpenedDatabase } from './open-database';
import { shops } from './schema';

const dirs: string[] = [];
const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A real database file with one shop, and the backups folder beside it (not created yet). */
function setUp(): { database: OpenedDatabase; backups: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-backup-'));
  dirs.push(dir);
  const database = openDatabase({ file: join(dir, 'kefu.sqlite') });
  opened.push(database);
  database.db
    .insert(shops)
    .values({ id: 's1', shopId: 's1', name: '小鹿家居旗舰店', createdAt: 1, updatedAt: 1 })
    .run();
  return { database, backups: join(dir, 'backups') };
}

describe('ensureDailyBackup', () => {
  it('writes the first backup of the day as an openable copy', () => {
    const { database, backups } = setUp();
    const written = ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, 3, 8, 5, 9));
    expect(written?.file).toBe(join(backups, 'kefu-20261103-080509.sqlite'));
    const copy = new Database(written!.file, { readonly: true });
    try {
      expect(copy.prepare('select name from shops').pluck().get()).toBe('小鹿家居旗舰店');
    } finally {
      copy.close();
    }
  });

  it('writes nothing on a second start the same local day', () => {
    const { database, backups } = setUp();
    ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, 3, 8, 5, 9));
    expect(ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, 3, 23, 59, 59))).toBeNull();
    expect(readdirSync(backups)).toEqual(['kefu-20261103-080509.sqlite']);
  });

  it('writes one backup on the next day', () => {
    const { database, backups } = setUp();
    ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, 3, 23, 59, 0));
    const next = ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, 4, 0, 0, 1));
    expect(next?.file).toBe(join(backups, 'kefu-20261104-000001.sqlite'));
    expect(readdirSync(backups).sort()).toEqual([
      'kefu-20261103-235900.sqlite',
      'kefu-20261104-000001.sqlite',
    ]);
  });

  it('ignores files that are not its backups when deciding whether today is done', () => {
    const { database, backups } = setUp();
    ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, 2, 9, 0, 0));
    // A manual `kefu db backup --out` copy named like today must not count.
    database.sqlite.prepare('VACUUM INTO ?').run(join(backups, 'kefu-20261103-manual.sqlite'));
    expect(ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, 3, 9, 0, 0))).not.toBeNull();
  });

  it('keeps the newest seven daily backups over ten days of starts', () => {
    const { database, backups } = setUp();
    for (let day = 1; day <= 10; day += 1) {
      ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, day, 9, 0, 0));
      ensureDailyBackup(database.sqlite, backups, new Date(2026, 10, day, 14, 0, 0));
    }
    expect(readdirSync(backups).sort()).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((d) => `kefu-202611${String(d).padStart(2, '0')}-090000.sqlite`),
    );
  });
});

describe('rotateBackup', () => {
  it('takes two backups in the same second as one, without failing', () => {
    const { database, backups } = setUp();
    const at = new Date(2026, 10, 24, 9, 0, 0);
    const first = rotateBackup(database.sqlite, backups, at);
    expect(rotateBackup(database.sqlite, backups, at).file).toBe(first.file);
    expect(readdirSync(backups)).toEqual(['kefu-20261124-090000.sqlite']);
  });
});
