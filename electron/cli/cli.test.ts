import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { kefu, setUpShop } from './cli-test-harness';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, shippedSchemaVersion } from '../../db/open-database';
import { databaseFile } from '../core/data-dir';

describe('kefu CLI', () => {
  it('refuses to change the profile before first-run setup, but accepts the language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const refused = kefu(dir, 'settings', 'set', 'agent.agentCode', 'KF001');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/设置|setup/i);
    expect(kefu(dir, 'settings', 'set', 'language', 'en-US').code).toBe(0);
    expect(kefu(dir, 'settings', 'get', 'language', '--json').out.trim()).toBe('"en-US"');
  });

  it('reads and writes settings with the app validation, amounts in yuan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    setUpShop(dir);
    const all = JSON.parse(kefu(dir, 'settings', 'get', '--json').out) as Record<string, string>;
    expect(all).toMatchObject({
      'agent.agentCode': 'KF007',
      'shop.name': '小鹿家居旗舰店',
      'shop.freeShippingThreshold': '99.00',
    });

    expect(kefu(dir, 'settings', 'set', 'shop.freeShippingThreshold', '128.5').code).toBe(0);
    expect(kefu(dir, 'settings', 'get', 'shop.freeShippingThreshold').out.trim()).toBe(
      'shop.freeShippingThreshold = 128.50',
    );

    const bad = kefu(dir, 'settings', 'set', 'agent.agentCode', '客服 07');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('agent.agentCode');
    expect(bad.err).toContain('工号');
    expect(kefu(dir, 'settings', 'get', 'agent.agentCode').out.trim()).toBe('agent.agentCode = KF007');

    expect(all['shop.timeZone']).toBe('Asia/Shanghai');
    expect(kefu(dir, 'settings', 'set', 'shop.timeZone', 'Asia/Urumqi').code).toBe(0);
    expect(kefu(dir, 'settings', 'get', 'shop.timeZone').out.trim()).toBe('shop.timeZone = Asia/Urumqi');
    const badZone = kefu(dir, 'settings', 'set', 'shop.timeZone', 'Mars/Olympus');
    expect(badZone.code).toBe(1);
    expect(badZone.err).toContain('shop.timeZone');

    const unknown = kefu(dir, 'settings', 'get', 'shop.colour');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('shop.colour');
  });

  it('checks and backs up the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    setUpShop(dir);
    const check = kefu(dir, 'db', 'check', '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({
      ok: true,
      quickCheck: 'ok',
      schemaVersion: shippedSchemaVersion(defaultMigrationsFolder()),
    });

    const out = join(dir, 'copy.sqlite');
    expect(kefu(dir, 'db', 'backup', '--out', out).code).toBe(0);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('select name from shops').pluck().get()).toBe('小鹿家居旗舰店');
    copy.close();

    expect(kefu(dir, 'db', 'backup').code).toBe(0);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
  });

  it('db check and db backup refuse a missing database instead of creating one', () => {
    const parent = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    const dir = join(parent, 'no-such-data-dir');
    const check = kefu(dir, 'db', 'check');
    expect(check.code).toBe(2);
    expect(check.err).not.toMatch(/^\s+at /m);
    expect(existsSync(dir)).toBe(false);

    const empty = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    expect(kefu(empty, 'db', 'check', '--json').code).toBe(2);
    expect(kefu(empty, 'db', 'backup').code).toBe(2);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('refuses to overwrite an existing --out file and leaves it alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    setUpShop(dir);
    const out = join(dir, 'precious.sqlite');
    writeFileSync(out, 'yesterday’s export');
    const refused = kefu(dir, 'db', 'backup', '--out', out);
    expect(refused.code).toBe(1);
    // cli.db.backupExists, not SQLite's "output file already exists" nor a stack.
    expect(refused.err).toContain(`${out} 已存在`);
    expect(refused.err).not.toMatch(/SqliteError|内部出错|^\s+at /m);
    expect(readFileSync(out, 'utf8')).toBe('yesterday’s export');
  });

  it('reports an unexpected failure as an internal error with its cause, exit 1, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    setUpShop(dir);
    const refused = kefu(dir, 'db', 'backup', '--out', join(dir, 'no', 'such', 'folder', 'copy.sqlite'));
    expect(refused.code).toBe(1);
    const [first, second] = refused.err.trim().split('\n');
    expect(first).toBe('客服台内部出错，请重试；如果反复出现，请联系管理员。');
    expect(second).toMatch(/unable to open database/i);
    expect(refused.err).not.toMatch(/^\s+at /m);
  });

  it('explains a database from a newer app version and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
    setUpShop(dir);
    const raw = new Database(databaseFile(dir));
    raw.pragma('user_version = 42');
    raw.close();
    const refused = kefu(dir, 'settings', 'get');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('42');
  });
});
