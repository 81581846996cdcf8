/**
 * 备份与恢复: the daily backups (seven kept) and the copies kept before a restore, 立即备份, and
 * 恢复 after a confirmation. The backup is checked first and swapped in when the app restarts
 * (the desktop app restarts itself; the web host says to restart it).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDateTime } from '../ui/format';
import './backup-section.css';

type BackupList = MethodOutput<'backups.list'>;
type Backup = BackupList['backups'][number];
type Restored = MethodOutput<'backups.restore'>;

const KIND_LABEL_KEYS = {
  daily: 'settings.backups.kindDaily',
  beforeRestore: 'settings.backups.kindBeforeRestore',
} as const;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function BackupSection() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [list, setList] = useState<BackupList | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [asking, setAsking] = useState<Backup | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    void kefu.backups
      .list({})
      .then((result) => (result.ok ? setList(result.value) : setFailure(result.error)));
  }, [kefu]);
  useEffect(load, [load]);

  const backUpNow = async () => {
    setBusy(true);
    const result = await kefu.backups.create({});
    setBusy(false);
    setFailure(result.ok ? null : result.error);
    load();
  };

  const restore = async (backup: Backup) => {
    setAsking(null);
    setBusy(true);
    const result = await kefu.backups.restore({ name: backup.name });
    setBusy(false);
    setFailure(result.ok ? null : result.error);
    setRestored(result.ok ? result.value : null);
  };

  return (
    <section className="card backup-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backups.title')}</h2>
      <p className="muted">{t('settings.backups.intro')}</p>
      {failure && <ErrorBanner error={failure} />}
      {restored && (
        <p className="banner banner-success" role="status">
          {t(
            restored.relaunching ? 'settings.backups.restarting' : 'settings.backups.restartToFinish',
            restored,
          )}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void backUpNow()}>
          {t('settings.backups.backUpNow')}
        </button>
      </div>
      {list && list.backups.length === 0 && <p className="muted">{t('settings.backups.none')}</p>}
      {list && list.backups.length > 0 && (
        <table className="data-table backup-table" aria-label={t('settings.backups.title')}>
          <thead>
            <tr>
              <th>{t('settings.backups.takenAt')}</th>
              <th>{t('settings.backups.kind')}</th>
              <th className="cell-number">{t('settings.backups.size')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.backups.map((backup) => (
              <tr key={backup.name}>
                <td>{formatDateTime(backup.takenAt)}</td>
                <td>{t(KIND_LABEL_KEYS[backup.kind])}</td>
                <td className="cell-number">
                  {t('settings.backups.megabytes', { size: megabytes(backup.sizeBytes) })}
                </td>
                <td>
                  <button
                    type="button"
                    className="button-small"
                    disabled={busy || restored !== null}
                    onClick={() => setAsking(backup)}
                  >
                    {t('settings.backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && <p className="muted backup-folder">{t('settings.backups.folder', { folder: list.folder })}</p>}
      {asking && (
        <ConfirmDialog
          title={t('settings.backups.confirmTitle', { time: formatDateTime(asking.takenAt) })}
          body={t('settings.backups.confirmBody')}
          confirmLabel={t('settings.backups.confirm')}
          onConfirm={() => void restore(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
