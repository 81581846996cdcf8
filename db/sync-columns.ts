/**
 * The synced tables' columns as plain data, read from the drizzle schema. The sync protocol
 * (common/sync) validates rows against this list on the client and the server, so the column
 * set has one source: `scripts/generate-sync-columns.ts` writes it to common/sync and a test
 * fails when the two drift apart.
 */
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

export interface SyncColumn {
  type: 'text' | 'integer';
  notNull: boolean;
  enum?: readonly string[];
}

/** Synced tables in the order rows are applied (parents before the rows that reference them). */
export const SYNCED_TABLES = {
  phrase_groups: schema.phraseGroups,
  phrases: schema.phrases,
  lint_rules: schema.lintRules,
  checklist_templates: schema.checklistTemplates,
  checklist_steps: schema.checklistSteps,
  customers: schema.customers,
  orders: schema.orders,
  order_items: schema.orderItems,
  order_remarks: schema.orderRemarks,
  return_cases: schema.returnCases,
  tasks: schema.tasks,
  inquiries: schema.inquiries,
  phrase_usages: schema.phraseUsages,
  phrase_questions: schema.phraseQuestions,
  checklist_days: schema.checklistDays,
  checklist_items: schema.checklistItems,
  daily_logs: schema.dailyLogs,
  invoices: schema.invoices,
  escalations: schema.escalations,
  briefings: schema.briefings,
  briefing_reads: schema.briefingReads,
} satisfies Record<string, SQLiteTable>;

export function columnsOf(table: SQLiteTable): Record<string, SyncColumn> {
  return Object.fromEntries(
    getTableConfig(table).columns.map((column) => {
      const enumValues = column.enumValues?.length ? column.enumValues : undefined;
      const type = column.getSQLType() === 'integer' ? 'integer' : 'text';
      return [column.name, { type, notNull: column.notNull, ...(enumValues && { enum: enumValues }) }];
    }),
  );
}

export function syncColumns(): Record<string, Record<string, SyncColumn>> {
  return Object.fromEntries(Object.entries(SYNCED_TABLES).map(([name, table]) => [name, columnsOf(table)]));
}
