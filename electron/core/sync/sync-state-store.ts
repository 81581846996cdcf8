/**
 * What this install knows about its server, as sync_state rows: the client id (its presence
 * arms the outbox triggers), the server URL and token, who the token belongs to, the pull
 * cursor, the last good sync and the last error.
 *
 * The token is install-local secret data. The Electron shell should keep it in safeStorage
 * (OS keychain) rather than in this file; see README "Sync (client)".
 */
import type Database from 'better-sqlite3';
import type { WhoAmI } from '../../../common/sync/protocol';
import { CLIENT_ID_KEY } from '../../../db/sync-outbox-triggers';

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

export function createSyncStateStore(sqlite: Database.Database, now: () => number) {
  const read = sqlite.prepare('select value from sync_state where key = ?').pluck();
  const write = sqlite.prepare(
    `insert into sync_state (key, value, updated_at) values (?, ?, ?)
     on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`,
  );
  const remove = sqlite.prepare('delete from sync_state where key = ?');

  function get<K extends SyncStateKey>(key: K): SyncStateValues[K] | undefined {
    const raw = read.get(key) as string | undefined;
    return raw === undefined ? undefined : (JSON.parse(raw) as SyncStateValues[K]);
  }

  function set<K extends SyncStateKey>(key: K, value: SyncStateValues[K]): void {
    write.run(key, JSON.stringify(value), now());
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
