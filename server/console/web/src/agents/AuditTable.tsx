/** 操作记录: who created an agent, changed a role or revoked a token, and when (newest first). */
import { useTranslation } from 'react-i18next';
import { isPosition } from '../../../../../common/positions';
import type { AgentsResponse } from '../../../console-api';
import { formatDateTime } from '../format/format';
import { roleKey } from '../shell/ConsoleLayout';
import { SortableTable } from '../ui/SortableTable';
import { positionKey } from './AgentTable';

type Entry = AgentsResponse['audit'][number];

const ACTION_KEYS: Record<Entry['action'], string> = {
  createAgent: 'console.audit.createAgent',
  changeRole: 'console.audit.changeRole',
  changePosition: 'console.audit.changePosition',
  revokeToken: 'console.audit.revokeToken',
};

/** A role or position change is stored as `from → to` in the ids; shown in the page's language. */
function detailText(entry: Entry, t: (key: string) => string): string {
  const change = /^(\S+) → (\S+)$/.exec(entry.detail);
  if (!change) return entry.detail;
  const label =
    entry.action === 'changeRole'
      ? (value: string) => t(roleKey(value))
      : entry.action === 'changePosition'
        ? (value: string) => t(positionKey(isPosition(value) ? value : null))
        : null;
  return label ? `${label(change[1]!)} → ${label(change[2]!)}` : entry.detail;
}

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
        {
          id: 'detail',
          header: t('console.audit.detail'),
          value: (entry) => detailText(entry, t),
          sortable: false,
        },
      ]}
      rows={audit}
      rowKey={(entry) => `${entry.at}-${entry.action}-${entry.target}-${entry.detail}`}
      initialSort={{ column: 'at', direction: 'descending' }}
      empty={t('console.audit.empty')}
    />
  );
}
