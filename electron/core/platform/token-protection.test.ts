import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open-database';
import { createSyncStateStore, protectSyncToken, syncTokenProtection } from '../sync/sync-state-store';
import { tokenProtectionLevel, type SecretBox } from './token-protection';

const TOKEN = 'kefu_Jd33S1aE-secret-token-value';
const now = () => Date.UTC(2026, 11, 6);

/** A stand-in for safeStorage: reversible, and nothing like the plain text. */
function fakeKeychain(level: SecretBox['level'] = 'keychain', broken = false): SecretBox {
  return {
    level,
    seal: (plain) => Buffer.from([...plain].reverse().join('')).toString('base64'),
    open: (sealed) => {
      if (broken) throw new Error('the keychain was reset');
      return [...Buffer.from(sealed, 'base64').toString()].reverse().join('');
    },
  };
}

const opened: { database: OpenedDatabase; dir: string }[] = [];
afterEach(() => {
  for (const { database, dir } of opened.splice(0)) {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function database(dir = mkdtempSync(join(tmpdir(), 'kefu-token-'))) {
  const db = openDatabase({ file: join(dir, 'kefu.sqlite') });
  opened.push({ database: db, dir });
  return { sqlite: db.sqlite, dir, file: join(dir, 'kefu.sqlite') };
}

const storedRow = (sqlite: OpenedDatabase['sqlite']) =>
  sqlite.prepare("select value from sync_state where key = 'token'").pluck().get() as string;

describe('the sync token at rest', () => {
  it('is sealed by the keychain: the database holds no plain token, and sync still reads it', () => {
    const { sqlite, file } = database();
    protectSyncToken(sqlite, fakeKeychain(), now);
    const store = createSyncStateStore(sqlite, now);
    store.set('token', TOKEN);
    expect(storedRow(sqlite)).toMatch(/^\{"sealed":"/);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(file).includes(Buffer.from(TOKEN))).toBe(false);
    expect(store.get('token')).toBe(TOKEN);
    expect(syncTokenProtection(sqlite)).toEqual({ level: 'keychain', stored: 'sealed' });
  });

  it('seals a token an older version stored in plain text as soon as a keychain is there', () => {
    const { sqlite } = database();
    createSyncStateStore(sqlite, now).set('token', TOKEN);
    expect(JSON.parse(storedRow(sqlite))).toBe(TOKEN);
    protectSyncToken(sqlite, fakeKeychain(), now);
    expect(storedRow(sqlite)).toMatch(/^\{"sealed":"/);
    expect(createSyncStateStore(sqlite, now).get('token')).toBe(TOKEN);
  });

  it('stays plain, and says so, where the only backend is basic_text', () => {
    const { sqlite } = database();
    protectSyncToken(sqlite, fakeKeychain('unprotected'), now);
    createSyncStateStore(sqlite, now).set('token', TOKEN);
    expect(JSON.parse(storedRow(sqlite))).toBe(TOKEN);
    expect(syncTokenProtection(sqlite)).toEqual({ level: 'unprotected', stored: 'plain' });
  });

  it('reads as absent where it cannot be opened (the CLI, a reset keychain), so the desk asks for it again', () => {
    const { sqlite, dir } = database();
    protectSyncToken(sqlite, fakeKeychain(), now);
    createSyncStateStore(sqlite, now).set('token', TOKEN);
    const cli = database(dir).sqlite;
    expect(createSyncStateStore(cli, now).get('token')).toBeUndefined();
    expect(syncTokenProtection(cli)).toEqual({ level: 'none', stored: 'unreadable' });
    protectSyncToken(cli, fakeKeychain('keychain', true), now);
    expect(createSyncStateStore(cli, now).get('token')).toBeUndefined();
    expect(syncTokenProtection(cli).stored).toBe('unreadable');
  });
});

describe('tokenProtectionLevel', () => {
  it('treats Linux basic_text (and a backend not known yet) as unprotected', () => {
    expect(tokenProtectionLevel('linux', true, 'basic_text')).toBe('unprotected');
    expect(tokenProtectionLevel('linux', true, 'unknown')).toBe('unprotected');
    expect(tokenProtectionLevel('linux', true, 'gnome_libsecret')).toBe('keychain');
    expect(tokenProtectionLevel('linux', true, 'kwallet6')).toBe('keychain');
  });

  it('uses DPAPI and the Keychain where encryption is available, nothing where it is not', () => {
    expect(tokenProtectionLevel('win32', true, null)).toBe('keychain');
    expect(tokenProtectionLevel('darwin', true, null)).toBe('keychain');
    expect(tokenProtectionLevel('darwin', false, null)).toBe('none');
  });
});
