/**
 * What this install knows about its server, as sync_state rows: the client id (its presence
 * arms the outbox triggers), the server URL and token, who the token belongs to, the pull
 * cursor, the last good sync and the last error.
 *
 * The token is install-local secret data. Where the shell offers a keychain (Electron's
 * safeStorage, given through `protectSyncToken`), the row holds it sealed, `{ "sealed": "…" }`;
 * everywhere else as plain text. A sealed token this process cannot open (the CLI, a keychain
 * that was reset) reads as absent: the desk asks for the token again instead of failing.
 */
import type Database from 'better-sqlite3';
import type { WhoAmI } from '../../../common/sync/protocol';
import { CLIENT_ID_KEY } from '../../../db/sync-outbox-triggers';
import { NO_SECRET_BOX, type SecretBox, type TokenProtectionLevel } from '../platform/token-protection';

export interface SyncError {
  code: string;
  messageKey: string;
}

export interface SyncStateValues {
  [CLIENT_ID_KEY]: string;
  serverUrl: string;
  token: string;
  binding: WhoAmI;
  cursor: number;
  /** A reset re-pull is under way: rows it has not brought again yet carry version -1. */
  resetPending: boolean;
  /** Some mutations were settled without their answers: the next pull starts over from 0. */
  recheck: boolean;
  lastSyncedAt: number;
  /** When a run last changed rows from the server's side (pulls, rollbacks): open lists reload. */
  rowsChangedAt: number;
  lastError: SyncError;
}

export type SyncStateKey = keyof SyncStateValues;

/** The port each database's token goes through; registered once by the shell that opened it. */
const boxes = new WeakMap<Database.Database, SecretBox>();

interface SealedToken {
  sealed: string;
}
const isSealed = (value: unknown): value is SealedToken =>
  typeof value === 'object' && value !== null && typeof (value as SealedToken).sealed === 'string';

export interface SyncTokenProtection {
  level: TokenProtectionLevel;
  stored: 'absent' | 'sealed' | 'plain' | 'unreadable';
}

/**
 * Seals the token of `sqlite` through `box` from now on, and seals a token an older version (or
 * a keyring that was missing at the time) stored in plain text.
 */
export function protectSyncToken(sqlite: Database.Database, box: SecretBox, now: () => number): void {
  boxes.set(sqlite, box);
  if (box.level !== 'keychain') return;
  const raw = sqlite.prepare('select value from sync_state where key = ?').pluck().get('token') as
    string | undefined;
  const value: unknown = raw === undefined ? undefined : JSON.parse(raw);
  if (typeof value === 'string') createSyncStateStore(sqlite, now).set('token', value);
}

export function syncTokenProtection(sqlite: Database.Database): SyncTokenProtection {
  const box = boxes.get(sqlite) ?? NO_SECRET_BOX;
  const raw = sqlite.prepare('select value from sync_state where key = ?').pluck().get('token') as
    string | undefined;
  if (raw === undefined) return { level: box.level, stored: 'absent' };
  const value: unknown = JSON.parse(raw);
  if (!isSealed(value)) return { level: box.level, stored: 'plain' };
  try {
    box.open(value.sealed);
    return { level: box.level, stored: box.level === 'keychain' ? 'sealed' : 'unreadable' };
  } catch {
    return { level: box.level, stored: 'unreadable' };
  }
}

export function createSyncStateStore(sqlite: Database.Database, now: () => number) {
  const read = sqlite.prepare('select value from sync_state where key = ?').pluck();
  const write = sqlite.prepare(
    `insert into sync_state (key, value, updated_at) values (?, ?, ?)
     on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`,
  );
  const remove = sqlite.prepare('delete from sync_state where key = ?');

  const box = (): SecretBox => boxes.get(sqlite) ?? NO_SECRET_BOX;

  /** The token as stored → its text; a sealed one only this database's keychain box can open. */
  function openToken(value: unknown): string | undefined {
    if (!isSealed(value)) return value as string;
    if (box().level !== 'keychain') return undefined;
    try {
      return box().open(value.sealed);
    } catch {
      return undefined;
    }
  }

  function get<K extends SyncStateKey>(key: K): SyncStateValues[K] | undefined {
    const raw = read.get(key) as string | undefined;
    if (raw === undefined) return undefined;
    const value: unknown = JSON.parse(raw);
    return (key === 'token' ? openToken(value) : value) as SyncStateValues[K] | undefined;
  }

  function set<K extends SyncStateKey>(key: K, value: SyncStateValues[K]): void {
    const stored: unknown =
      key === 'token' && box().level === 'keychain' ? { sealed: box().seal(value as string) } : value;
    write.run(key, JSON.stringify(stored), now());
  }

  function clear(key: SyncStateKey): void {
    remove.run(key);
  }

  /** Bound: a client id and a server to talk to. */
  function bound(): { clientId: string; serverUrl: string; token: string; binding: WhoAmI } | null {
    const clientId = get(CLIENT_ID_KEY);
    const serverUrl = get('serverUrl');
    const token = get('token');
    const binding = get('binding');
    return clientId && serverUrl && token && binding ? { clientId, serverUrl, token, binding } : null;
  }

  return { get, set, clear, bound };
}

export type SyncStateStore = ReturnType<typeof createSyncStateStore>;
