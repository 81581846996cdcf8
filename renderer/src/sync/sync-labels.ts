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
  phrase_questions: 'sync.table.phrase_questions',
  checklist_days: 'sync.table.checklist_days',
  checklist_items: 'sync.table.checklist_items',
  daily_logs: 'sync.table.daily_logs',
  invoices: 'sync.table.invoices',
  escalations: 'sync.table.escalations',
  briefings: 'sync.table.briefings',
  briefing_reads: 'sync.table.briefing_reads',
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

/** Why a set-aside value was refused (common/sync/row-schema.ts FIELD_PROBLEMS, or `invalid`). */
export const SYNC_PROBLEM_LABEL_KEYS: Readonly<Record<string, string>> = {
  tooLong: 'sync.problem.tooLong',
  unstorable: 'sync.problem.unstorable',
  badId: 'sync.problem.badId',
  negative: 'sync.problem.negative',
  invalid: 'sync.problem.invalid',
};

/** The synced columns a refused value is most often in; others are shown by their column name. */
export const SYNC_FIELD_LABEL_KEYS: Readonly<Record<string, string>> = {
  id: 'sync.field.id',
  name: 'sync.field.name',
  title: 'sync.field.title',
  shortcut: 'sync.field.shortcut',
  body: 'sync.field.body',
  tags: 'sync.field.tags',
  pattern: 'sync.field.pattern',
  suggestion: 'sync.field.suggestion',
  title_zh: 'sync.field.title_zh',
  title_en: 'sync.field.title_en',
  help_zh: 'sync.field.help_zh',
  help_en: 'sync.field.help_en',
  nick: 'sync.field.nick',
  phones: 'sync.field.phones',
  addresses: 'sync.field.addresses',
  concerns: 'sync.field.concerns',
  notes: 'sync.field.notes',
  note: 'sync.field.note',
  order_no: 'sync.field.order_no',
  buyer_nick: 'sync.field.buyer_nick',
  receiver_name: 'sync.field.receiver_name',
  receiver_phone: 'sync.field.receiver_phone',
  receiver_address: 'sync.field.receiver_address',
  buyer_message: 'sync.field.buyer_message',
  courier: 'sync.field.courier',
  tracking_no: 'sync.field.tracking_no',
  remark: 'sync.field.remark',
  sku: 'sync.field.sku',
  reason: 'sync.field.reason',
  return_tracking_no: 'sync.field.return_tracking_no',
  product: 'sync.field.product',
  total_fen: 'sync.field.total_fen',
  paid_fen: 'sync.field.paid_fen',
  refund_fen: 'sync.field.refund_fen',
  deleted_at: 'sync.field.deleted_at',
};
