/**
 * The 同步 card in Settings: connect to the shop's server, then who this install syncs as, the
 * status, 立即同步, 断开连接 and the sync issues.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { translateApiMessage } from '../i18n/api-message';
import { useHashLocation } from '../shell/use-main-page';
import { formatDateTime } from '../ui/format';
import { syncStateText } from './sync-labels';
import { SyncConnectForm } from './SyncConnectForm';
import { SyncIssueList } from './SyncIssueList';
import { notifySyncChanged, useSyncStatus } from './use-sync-status';
import './sync.css';

const ROLE_LABEL_KEYS = {
  agent: 'sidebar.roleAgent',
  supervisor: 'sidebar.roleSupervisor',
  admin: 'sync.roleAdmin',
} as const;

export function SyncSection() {
  const { t } = useTranslation();
  const focused = useHashLocation().path[0] === 'sync';
  const kefu = useKefu();
  const { status } = useSyncStatus();
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    await call();
    setBusy(false);
    notifySyncChanged();
  };

  return (
    <section className="card sync-section" aria-labelledby="sync-title" ref={ref}>
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p className="muted">{t('sync.intro')}</p>
      {status?.state === 'unconfigured' && <SyncConnectForm />}
      {status && status.state !== 'unconfigured' && (
        <>
          <dl className="sync-facts">
            <dt>{t('sync.serverUrl')}</dt>
            <dd>{status.serverUrl}</dd>
            <dt>{t('sync.syncsAs')}</dt>
            <dd>
              {t('sync.agentAt', { code: status.agentCode, shop: status.shopName })}
              {status.role && <span className="sync-role">{t(ROLE_LABEL_KEYS[status.role])}</span>}
            </dd>
            <dt>{t('sync.statusLabel')}</dt>
            <dd className={`sync-state sync-state-${status.state}`} role="status">
              {syncStateText(t, status)}
              {status.error && (
                <span className="sync-error">
                  {translateApiMessage(t, status.error.messageKey, {}, 'errors.unknown')}
                </span>
              )}
            </dd>
            <dt>{t('sync.lastSyncedLabel')}</dt>
            <dd>{status.lastSyncedAt ? formatDateTime(status.lastSyncedAt) : t('sync.neverSynced')}</dd>
          </dl>
          <div className="form-actions">
            <button
              type="button"
              className="button-primary"
              disabled={busy}
              onClick={() => void run(() => kefu.sync.now({}))}
            >
              {busy ? t('sync.syncing') : t('sync.syncNow')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => void run(() => kefu.sync.disconnect({}))}
            >
              {t('sync.disconnect')}
            </button>
          </div>
          <h3>{t('sync.issuesTitle')}</h3>
          <SyncIssueList issueCount={status.issues} />
        </>
      )}
    </section>
  );
}
