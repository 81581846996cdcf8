/** Locale keys for the sync status words and the synced tables; written out so the i18n test checks them. */
import type { SyncTable } from '../../../common/sync/sync-tables';
import type { MethodOutput } from '../../../electron/api/contract';

export type SyncStatus = MethodOutput<'sync.status'>;
export type SyncState = SyncStatus['state'];
export type SyncIssue = MethodOutput<'sync.issues'>[number];

export const SYNC_STATE_LABEL_KEYS: Readonly<Record<SyncState, string>> = {
  unconfigured: 'sync.state.unconfigured',
  synced: 'sync.state.synced',
  pending: 'sync.state.pending',
  offline: 'sync.state.offline',
  error: 'sync.state.error',
};

export const SYNC_TABLE_LABEL_KEYS: Readonly<Record<SyncTable, string>> = {
  phrase_groups: 'sync.table.phrase_groups',
  phrases: 'sync.table.phrases',
  lint_rules: 'sync.table.lint_rules',
  checklist_templates: 'sync.table.checklist_templates',
  checklist_steps: 'sync.table.checklist_steps',
  customers: 'sync.table.customers',
  orders: 'sync.table.orders',
  order_items: 'sync.table.order_items',
  order_remarks: 'sync.table.order_remarks',
  return_cases: 'sync.table.return_cases',
  tasks: 'sync.table.tasks',
  inquiries: 'sync.table.inquiries',
  phrase_usages: 'sync.table.phrase_usages',
  checklist_days: 'sync.table.checklist_days',
  checklist_items: 'sync.table.checklist_items',
  daily_logs: 'sync.table.daily_logs',
};

export const SYNC_OP_LABEL_KEYS = {
  put: 'sync.op.put',
  patch: 'sync.op.patch',
  delete: 'sync.op.delete',
} as const;

/** 已同步 / 待同步 N / 离线 (with what waits, when something does) / 同步出错 / 未连接服务器. */
export function syncStateText(
  t: (key: string, options?: Record<string, unknown>) => string,
  status: SyncStatus,
) {
  if (status.state === 'offline' && status.pending > 0)
    return t('sync.offlinePending', { count: status.pending });
  return t(SYNC_STATE_LABEL_KEYS[status.state], { count: status.pending });
}
