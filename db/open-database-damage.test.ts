/**
 * What opening says about a file that is not a usable database: damaged (truncated, overwritten,
 * random bytes) or empty (0 bytes). Real files in temp dirs; the file is never replaced silently.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rotateBackup } from './backup';
import { DatabaseOpenError } from './database-open-error';
import { openDatabase } from './open-database';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-db-damage-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function openError(options: Parameters<typeof openDatabase>[0]): DatabaseOpenError {
  try {
    openDatabase(options).close();
  } catch (cause) {
    if (cause instanceof DatabaseOpenError) return cause;
    throw cause;
  }
  throw new Error('openDatabase accepted the file');
}

/** A desk's database with some hundred KB of data, closed (WAL checkpointed into the file). */
let realDatabase: string;
beforeAll(() => {
  realDatabase = join(tempDir(), 'real.sqlite');
  const database = openDatabase({ file: realDatabase });
  const insert = database.sqlite.prepare('insert into settings (key, value, updated_at) values (?, ?, 0)');
  for (let i = 0; i < 400; i += 1) insert.run(`note.${i}`, JSON.stringify('买家留言：周末送到'.repeat(40)));
  database.close();
  dirs.splice(0); // Kept for every test of the file.
});

/** A data folder holding a copy of the real database and, when asked, one daily backup of it. */
function dataDir(withBackup: boolean) {
  const dir = tempDir();
  const file = join(dir, 'kefu.sqlite');
  copyFileSync(realDatabase, file);
  let backup: string | null = null;
  if (withBackup) {
    const database = openDatabase({ file });
    rotateBackup(database.sqlite, join(dir, 'backups'), new Date(2026, 10, 20, 9));
    backup = rotateBackup(database.sqlite, join(dir, 'backups'), new Date(2026, 10, 23, 9)).file;
    database.close();
  }
  return { dir, file, backup };
}

const damages: [string, (file: string) => void][] = [
  ['a truncated copy', (file) => truncateSync(file, Math.floor(statSync(file).size / 3))],
  [
    'pages overwritten with random bytes',
    (file) => {
      const fd = openSync(file, 'r+');
      writeSync(fd, randomBytes(5 * 4096), 0, 5 * 4096, 3 * 4096);
      closeSync(fd);
    },
  ],
  ['a file of random bytes', (file) => writeFileSync(file, randomBytes(300_000))],
];

describe('a damaged database file', () => {
  it.each(damages)('%s: says damaged, names the newest backup and how to restore it', (_, damage) => {
    const { dir, file, backup } = dataDir(true);
    damage(file);
    const before = sha(file);
    const filesBefore = readdirSync(dir).sort();
    const error = openError({ file });
    expect(error.code).toBe('db.damaged');
    expect(error.details).toMatchObject({ file, backup, dataDir: dir });
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it.each(damages)('%s, no backup: says damaged and that there is no backup', (_, damage) => {
    const { file } = dataDir(false);
    damage(file);
    const before = sha(file);
    expect(openError({ file })).toMatchObject({ code: 'db.damagedNoBackup', details: { file } });
    expect(sha(file)).toBe(before);
  });

  it('the same for a read-only command (mustExist)', () => {
    const { file, backup } = dataDir(true);
    truncateSync(file, 50_000);
    expect(openError({ file, mustExist: true })).toMatchObject({ code: 'db.damaged', details: { backup } });
  });
});

describe('an empty (0-byte) database file', () => {
  it('with backups: refuses, names the newest backup, and changes nothing', () => {
    const { dir, file, backup } = dataDir(true);
    truncateSync(file, 0);
    const error = openError({ file });
    expect(error).toMatchObject({ code: 'db.emptyWithBackup', details: { file, backup, dataDir: dir } });
    expect(statSync(file).size).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['backups', 'kefu.sqlite']);
  });

  it('without backups: keeps the file aside, says so, and the next open starts a new database', () => {
    const { dir, file } = dataDir(false);
    truncateSync(file, 0);
    const error = openError({ file });
    expect(error.code).toBe('db.emptySetAside');
    const keptAs = error.details.keptAs as string;
    expect(keptAs).toMatch(/kefu\.sqlite\.empty-\d{8}-\d{6}$/);
    expect(statSync(keptAs).size).toBe(0);
    expect(existsSync(file)).toBe(false);

    const fresh = openDatabase({ file });
    fresh.close();
    expect(readdirSync(dir)).toContain('kefu.sqlite');
    expect(existsSync(keptAs)).toBe(true);
  });

  it('without backups, for a read-only command (mustExist): reports it and changes nothing', () => {
    const { dir, file } = dataDir(false);
    truncateSync(file, 0);
    expect(openError({ file, mustExist: true })).toMatchObject({
      code: 'db.emptyNoBackup',
      details: { file },
    });
    expect(readdirSync(dir)).toEqual(['kefu.sqlite']);
    expect(statSync(file).size).toBe(0);
  });
});
