/** The tray's sync line (已同步 / 待同步 N / 离线 / 同步出错) from the engine's status; none until a server is connected. */
import type { SyncState, SyncStatus } from '../core/sync/sync-schema';
import type { Translate } from './translate';

export interface SyncTrayView {
  label: string;
}

const LABEL_KEYS: Readonly<Record<Exclude<SyncState, 'unconfigured'>, string>> = {
  synced: 'shell.tray.sync.synced',
  pending: 'shell.tray.sync.pending',
  offline: 'shell.tray.sync.offline',
  error: 'shell.tray.sync.error',
};

export function syncTrayView(status: SyncStatus, t: Translate): SyncTrayView | null {
  if (status.state === 'unconfigured') return null;
  return { label: t(LABEL_KEYS[status.state], { count: status.pending }) };
}
