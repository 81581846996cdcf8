/**
 * The sync state the app shows (已同步 / 待同步 N / 离线 / 同步出错): derived from what is
 * stored (binding, outbox, issues, last sync, last error) plus whether the last attempt found
 * the server unreachable.
 */
import type Database from 'better-sqlite3';
import type { SyncStateStore } from './sync-state-store';
import type { SyncState, SyncStatus } from './sync-schema';

export function syncStatus(sqlite: Database.Database, state: SyncStateStore, offline: boolean): SyncStatus {
  const bound = state.bound();
  const pending = bound ? (sqlite.prepare('select count(*) from sync_outbox').pluck().get() as number) : 0;
  const issues = sqlite.prepare('select count(*) from sync_issues').pluck().get() as number;
  const error = bound ? (state.get('lastError') ?? null) : null;
  const stateWord: SyncState = !bound
    ? 'unconfigured'
    : error
      ? 'error'
      : offline
        ? 'offline'
        : pending > 0
          ? 'pending'
          : 'synced';
  return {
    state: stateWord,
    pending,
    lastSyncedAt: bound ? (state.get('lastSyncedAt') ?? null) : null,
    rowsChangedAt: state.get('rowsChangedAt') ?? null,
    issues,
    error,
    serverUrl: bound?.serverUrl ?? null,
    shopName: bound?.binding.shopName ?? null,
    agentCode: bound?.binding.agentCode ?? null,
    role: bound?.binding.role ?? null,
  };
}
