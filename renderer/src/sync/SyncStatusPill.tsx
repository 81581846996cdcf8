/**
 * The sidebar's sync line: 已同步 / 待同步 N / 离线 / 同步出错 (or 未连接服务器), linking to the
 * sync card in Settings, with 立即同步 beside it once a server is configured.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { hashOf } from '../shell/nav-items';
import { formatDateTime } from '../ui/format';
import { syncStateText } from './sync-labels';
import { notifySyncChanged, useSyncStatus } from './use-sync-status';
import './sync.css';

export function SyncStatusPill() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const { status } = useSyncStatus({ announceRows: true });
  const [busy, setBusy] = useState(false);
  if (!status) return null;

  const syncNow = async () => {
    setBusy(true);
    await kefu.sync.now({});
    setBusy(false);
    notifySyncChanged();
  };
  const title = status.lastSyncedAt
    ? t('sync.lastSynced', { time: formatDateTime(status.lastSyncedAt) })
    : t('sync.neverSynced');

  return (
    <div className={`sync-pill sync-pill-${status.state}`}>
      <a href={hashOf('settings', ['sync'])} className="sync-pill-label" title={title}>
        <span className="sync-dot" aria-hidden="true" />
        {syncStateText(t, status)}
        {status.issues > 0 && (
          <span className="sync-pill-issues">{t('sync.issueCount', { count: status.issues })}</span>
        )}
      </a>
      {status.state !== 'unconfigured' && (
        <button
          type="button"
          className="sync-now"
          disabled={busy}
          onClick={() => void syncNow()}
          aria-label={t('sync.syncNow')}
          title={t('sync.syncNow')}
        >
          ↻
        </button>
      )}
    </div>
  );
}
