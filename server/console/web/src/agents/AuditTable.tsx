/** 操作记录: who created an agent, changed a role or revoked a token, and when (newest first). */
import { useTranslation } from 'react-i18next';
import type { AgentsResponse } from '../../../console-api';
import { formatDateTime } from '../format/format';
import { SortableTable } from '../ui/SortableTable';

type Entry = AgentsResponse['audit'][number];

const ACTION_KEYS: Record<Entry['action'], string> = {
  createAgent: 'console.audit.createAgent',
  changeRole: 'console.audit.changeRole',
  revokeToken: 'console.audit.revokeToken',
};

export function AuditTable({ audit, timeZone }: { audit: readonly Entry[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <SortableTable
      caption={t('console.audit.title')}
      columns={[
        {
          id: 'at',
          header: t('console.audit.at'),
          value: (entry) => entry.at,
          render: (entry) => formatDateTime(entry.at, timeZone),
        },
        { id: 'actor', header: t('console.audit.actor'), value: (entry) => entry.actorCode },
        { id: 'action', header: t('console.audit.action'), value: (entry) => t(ACTION_KEYS[entry.action]) },
        { id: 'target', header: t('console.audit.target'), value: (entry) => entry.target },
        { id: 'detail', header: t('console.audit.detail'), value: (entry) => entry.detail, sortable: false },
      ]}
      rows={audit}
      rowKey={(entry) => `${entry.at}-${entry.action}-${entry.target}-${entry.detail}`}
      initialSort={{ column: 'at', direction: 'descending' }}
      empty={t('console.audit.empty')}
    />
  );
}
