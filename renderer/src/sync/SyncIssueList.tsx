/**
 * 同步问题: changes the server refused (an agent editing the team's phrases, an order moved back
 * to an earlier status …). Their local effect has already been undone; the agent reads why and
 * dismisses them.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { translateApiMessage } from '../i18n/api-message';
import { formatDateTime } from '../ui/format';
import { SYNC_OP_LABEL_KEYS, SYNC_TABLE_LABEL_KEYS, type SyncIssue } from './sync-labels';
import { notifySyncChanged } from './use-sync-status';

export function SyncIssueList({ issueCount }: { issueCount: number }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [issues, setIssues] = useState<SyncIssue[]>([]);
  const load = useCallback(() => {
    void kefu.sync.issues({}).then((result) => {
      if (result.ok) setIssues(result.value);
    });
  }, [kefu]);
  // The count comes with every status poll; the list is fetched again when it moves.
  useEffect(load, [load, issueCount]);

  const dismiss = async (mutationId: number) => {
    await kefu.sync.dismissIssue({ mutationId });
    load();
    notifySyncChanged();
  };

  if (issues.length === 0) return <p className="muted">{t('sync.noIssues')}</p>;
  return (
    <table className="data-table sync-issues" aria-label={t('sync.issuesTitle')}>
      <thead>
        <tr>
          <th>{t('sync.issueColumn.when')}</th>
          <th>{t('sync.issueColumn.what')}</th>
          <th>{t('sync.issueColumn.why')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {issues.map((issue) => (
          <tr key={issue.mutationId}>
            <td>{formatDateTime(issue.rejectedAt)}</td>
            <td>
              {t(SYNC_TABLE_LABEL_KEYS[issue.table])} · {t(SYNC_OP_LABEL_KEYS[issue.op])}
            </td>
            <td>{translateApiMessage(t, issue.messageKey, {}, 'errors.unknown')}</td>
            <td>
              <button type="button" className="button-small" onClick={() => void dismiss(issue.mutationId)}>
                {t('sync.dismiss')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
