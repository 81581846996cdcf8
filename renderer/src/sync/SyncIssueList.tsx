/**
 * 同步问题: changes the server refused. A refused change (an agent editing the team's phrases, an
 * order moved back to an earlier status …) has already been undone: the agent reads why and
 * dismisses it. A refused value (a character or a length the server cannot store) was kept on
 * this desk as it is: the agent fixes and resends it, or discards the local change.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { translateApiMessage } from '../i18n/api-message';
import { formatDateTime } from '../ui/format';
import {
  SYNC_FIELD_LABEL_KEYS,
  SYNC_OP_LABEL_KEYS,
  SYNC_PROBLEM_LABEL_KEYS,
  SYNC_TABLE_LABEL_KEYS,
  type SyncIssue,
} from './sync-labels';
import { notifySyncChanged } from './use-sync-status';

export function SyncIssueList({ issueCount }: { issueCount: number }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [issues, setIssues] = useState<SyncIssue[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(() => {
    void kefu.sync.issues({}).then((result) => {
      if (result.ok) setIssues(result.value);
    });
  }, [kefu]);
  // The count comes with every status poll; the list is fetched again when it moves.
  useEffect(load, [load, issueCount]);

  const fieldLabel = (field: string) => {
    const key = SYNC_FIELD_LABEL_KEYS[field];
    return key ? t(key) : field;
  };
  const problemLabel = (problem: string | null) => {
    const key = SYNC_PROBLEM_LABEL_KEYS[problem ?? 'invalid'] ?? SYNC_PROBLEM_LABEL_KEYS.invalid!;
    return t(key);
  };

  const settled = () => {
    load();
    notifySyncChanged();
  };

  const dismiss = async (mutationId: number) => {
    setNotice(null);
    await kefu.sync.dismissIssue({ mutationId });
    settled();
  };

  const fix = async (mutationId: number) => {
    const result = await kefu.sync.fixIssue({ mutationId });
    if (result.ok)
      setNotice(
        result.value.fields.length
          ? t('sync.fixed', { fields: result.value.fields.map(fieldLabel).join('、') })
          : t('sync.fixedUnchanged'),
      );
    else setNotice(translateApiMessage(t, result.error.messageKey, {}, 'errors.unknown'));
    settled();
  };

  if (issues.length === 0)
    return (
      <>
        {notice && <p role="status">{notice}</p>}
        <p className="muted">{t('sync.noIssues')}</p>
      </>
    );
  return (
    <>
      {notice && <p role="status">{notice}</p>}
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
                <div className="muted">{issue.rowId}</div>
              </td>
              <td>
                {translateApiMessage(t, issue.messageKey, {}, 'errors.unknown')}
                {issue.field && (
                  <div>
                    {t('sync.issueField', {
                      field: fieldLabel(issue.field),
                      problem: problemLabel(issue.problem),
                    })}
                  </div>
                )}
              </td>
              <td>
                {issue.setAside ? (
                  <>
                    <button
                      type="button"
                      className="button-small"
                      title={t('sync.fixHint')}
                      onClick={() => void fix(issue.mutationId)}
                    >
                      {t('sync.fix')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button-small"
                      title={t('sync.discardHint')}
                      onClick={() => void dismiss(issue.mutationId)}
                    >
                      {t('sync.discard')}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => void dismiss(issue.mutationId)}
                  >
                    {t('sync.dismiss')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
