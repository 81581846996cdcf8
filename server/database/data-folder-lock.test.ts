import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderLockedError, LOCK_FILE, lockDataFolder, type LockHolder } from './data-folder-lock';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const writeLock = (dir: string, holder: Partial<LockHolder> | string) =>
  writeFileSync(join(dir, LOCK_FILE), typeof holder === 'string' ? holder : JSON.stringify(holder));
const holderIn = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder;

describe('lockDataFolder', () => {
  it('names this process in the lock and removes it on release', () => {
    const dir = folder();
    const lock = lockDataFolder(dir, 'kefu-server migrate');
    expect(holderIn(dir)).toMatchObject({
      pid: process.pid,
      host: hostname(),
      command: 'kefu-server migrate',
    });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second hold in the same process', () => {
    const dir = folder();
    const lock = lockDataFolder(dir, 'kefu-server start');
    try {
      expect(() => lockDataFolder(dir, 'kefu-server create-shop')).toThrow(DataFolderLockedError);
    } finally {
      lock.release();
    }
  });

  it('refuses a lock of another machine: its process cannot be checked from here', () => {
    const dir = folder();
    writeLock(dir, { pid: 4242, startedAt: 1, host: 'other-host', command: 'kefu-server start' });
    expect(() => lockDataFolder(dir, 'kefu-server start')).toThrow(/pid 4242 on other-host/);
    expect(holderIn(dir).host).toBe('other-host');
  });

  it.runIf(existsSync('/proc/self/stat'))(
    'takes over a lock whose pid is alive but started at another time (a reused pid)',
    () => {
      const dir = folder();
      // The parent process is alive, but not since 1970: the lock's holder is long gone.
      writeLock(dir, { pid: process.ppid, startedAt: 0, host: hostname(), command: 'kefu-server start' });
      lockDataFolder(dir, 'kefu-server start').release();
    },
  );

  it('takes over an unparsable lock, and release leaves a lock taken over by another alone', () => {
    const dir = folder();
    writeLock(dir, '{"pid": 12');
    const lock = lockDataFolder(dir, 'kefu-server start');
    const other = { pid: 4242, startedAt: 1, host: 'other-host', command: 'kefu-server start' };
    writeLock(dir, other);
    lock.release();
    expect(holderIn(dir)).toEqual(other);
  });
});
