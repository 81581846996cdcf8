/** A sync status for tests of what the shell shows: `state` and `pending`, the rest unset. */
import type { SyncStatus } from '../sync/sync-schema';

export const syncStatusOf = (state: SyncStatus['state'], pending: number): SyncStatus => ({
  state,
  pending,
  lastSyncedAt: null,
  rowsChangedAt: null,
  issues: 0,
  error: null,
  serverUrl: state === 'unconfigured' ? null : 'https://kefu.example.com',
  shopName: null,
  agentCode: null,
  role: null,
});
