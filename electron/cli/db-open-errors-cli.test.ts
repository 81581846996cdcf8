/**
 * What `kefu` says about a database it cannot use as it is, in real child processes on real
 * files: a data folder it may not write, a damaged file, an empty (0-byte) file. Each message
 * says what is wrong and what to do, and the commands that only read still work read-only.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFile } from '../core/data-dir';
import { kefu, setUpShop } from './cli-test-harness';

const FIXTURE = fileURLToPath(new URL('../core/orders/fixtures/taobao-orders-sample.csv', import.meta.url));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-open-'));
  dirs.push(dir);
  return dir;
};

/** A set-up shop with the sample export's 8 orders and one daily backup of them. */
let template: string;
beforeAll(() => {
  template = tempDir();
  setUpShop(template);
  expect(kefu(template, 'orders', 'import', FIXTURE).code).toBe(0);
  expect(kefu(template, 'db', 'backup').code).toBe(0);
}, 60_000);
afterAll(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

function copyOfShop(withBackups: boolean) {
  const dir = tempDir();
  cpSync(template, dir, { recursive: true });
  if (!withBackups) rmSync(join(dir, 'backups'), { recursive: true });
  const backup = withBackups ? join(dir, 'backups', readdirSync(join(dir, 'backups'))[0]!) : null;
  return { dir, file: databaseFile(dir), backup };
}

/**
 * `kefu` as a user who may not write `dir`. The tests may run as root, whom file modes do not
 * stop: then the child runs as `nobody` (uid 65534), so the kernel really refuses its writes —
 * the same EACCES / SQLITE_READONLY an agent meets, not a simulation.
 */
function kefuWithoutWriteAccess(dir: string, ...args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const run = spawnSync(process.execPath, ['bin/kefu.js', '--data-dir', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', HOME: tmpdir() },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('kefu in a data folder it may not write', () => {
  it('reads (db check, orders list, settings get, db backup --out elsewhere); refuses writes naming the folder', () => {
    const { dir, file } = copyOfShop(true);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    const before = sha(file);
    const filesBefore = readdirSync(dir).sort();

    const check = kefuWithoutWriteAccess(dir, 'db', 'check');
    expect(check.err).toBe('');
    expect(check).toMatchObject({ code: 0, out: `数据库完好：${file}\n` });
    const list = kefuWithoutWriteAccess(dir, 'orders', 'list', '--json');
    expect(list.err).toBe('');
    expect(JSON.parse(list.out).total).toBe(8);
    expect(kefuWithoutWriteAccess(dir, 'settings', 'get', 'shop.name').out).toContain('小鹿家居旗舰店');
    const outside = join(tempDir(), 'copy.sqlite');
    chmodSync(join(outside, '..'), 0o777);
    expect(kefuWithoutWriteAccess(dir, 'db', 'backup', '--out', outside).code).toBe(0);
    expect(statSync(outside).size).toBeGreaterThan(0);

    for (const args of [
      ['orders', 'import', FIXTURE],
      ['settings', 'set', 'language', 'en-US'],
      ['db', 'backup'],
    ]) {
      const refused = kefuWithoutWriteAccess(dir, ...args);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.err, args.join(' ')).toContain(`无法写入 ${dir}：请检查权限`);
      expect(refused.err, args.join(' ')).not.toContain('升级');
    }
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  }, 60_000);
});

describe('kefu on a damaged database', () => {
  it('says damaged and prints the restore command, which then works', () => {
    const { dir, file, backup } = copyOfShop(true);
    truncateSync(file, Math.floor(statSync(file).size / 3));
    const refused = kefu(dir, 'orders', 'list');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`数据库文件 ${file} 已损坏`);
    expect(refused.err).toContain(`kefu --data-dir "${dir}" db restore "${backup}"`);
    expect(refused.err).not.toContain('升级');
    expect(kefu(dir, 'db', 'check').err).toContain('已损坏');

    expect(kefu(dir, 'db', 'restore', backup!).code).toBe(0);
    expect(JSON.parse(kefu(dir, 'orders', 'list', '--json').out).total).toBe(8);
  }, 60_000);
});

describe('kefu on an empty (0-byte) database file', () => {
  it('with backups: refuses, keeps the file, names the newest backup; restoring it brings the orders back', () => {
    const { dir, file, backup } = copyOfShop(true);
    truncateSync(file, 0);
    for (const args of [
      ['orders', 'list'],
      ['db', 'check'],
      ['settings', 'get'],
    ]) {
      const refused = kefu(dir, ...args);
      expect(refused.code, args.join(' ')).toBe(2);
      expect(refused.err, args.join(' ')).toContain(`数据库文件 ${file} 是空的（0 字节）`);
      expect(refused.err, args.join(' ')).toContain(`db restore "${backup}"`);
    }
    expect(statSync(file).size).toBe(0);

    expect(kefu(dir, 'db', 'restore', backup!).code).toBe(0);
    expect(JSON.parse(kefu(dir, 'orders', 'list', '--json').out).total).toBe(8);
  }, 60_000);

  it('without backups: keeps it aside, says so, and the next run starts a new database', () => {
    const { dir, file } = copyOfShop(false);
    truncateSync(file, 0);
    const first = kefu(dir, 'orders', 'list');
    expect(first.code).toBe(2);
    expect(first.err).toMatch(
      /是空的（0 字节），里面没有数据，也没有找到备份。已将它另存为 .*kefu\.sqlite\.empty-\d{8}-\d{6}/,
    );
    expect(readdirSync(dir).filter((name) => name.startsWith('kefu.sqlite.empty-'))).toHaveLength(1);

    const next = kefu(dir, 'orders', 'list');
    expect(next.code).toBe(1);
    expect(next.err).toContain('尚未完成首次设置');
  }, 60_000);
});
