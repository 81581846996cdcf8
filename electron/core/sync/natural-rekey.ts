/**
 * Which rows carry a natural id (natural-id.ts) and what it becomes in another shop. A row is
 * re-keyed only when its id is exactly the natural id of its key under the old shop: rows with
 * random ids (a hand-made task, an edited order number) keep theirs. Parents are re-keyed before
 * their children, whose natural ids are built from the parent's new id.
 */
import type Database from 'better-sqlite3';
import type { SyncTable } from '../../../common/sync/sync-tables';
import { naturalIds } from '../natural-id';

export interface RekeyScope {
  oldShopId: string;
  newShopId: string;
  /** The agent before and after binding: an agent's own rows are keyed by its id. */
  oldAgentId: string;
  newAgentId: string;
}

type Row = Record<string, unknown> & { id: string };
type IdMaps = Map<SyncTable, Map<string, string>>;

interface NaturalKey {
  table: SyncTable;
  /** Columns read to build the key; `where` narrows to the rows that can have one. */
  columns: string[];
  where?: string;
  /** The row's natural id in `shop`; parent ids mapped with `parent` when building the new one. */
  id(
    row: Row,
    shop: string,
    agentId: string,
    parent: (table: SyncTable, id: string) => string,
  ): string | null;
}

const text = (value: unknown) => String(value ?? '');

const KEYS: NaturalKey[] = [
  { table: 'phrase_groups', columns: ['name'], id: (r, shop) => naturalIds.seededGroup(shop, text(r.name)) },
  {
    table: 'phrases',
    columns: ['group_id', 'title'],
    id: (r, shop, _agent, parent) =>
      naturalIds.seededPhrase(shop, parent('phrase_groups', text(r.group_id)), text(r.title)),
  },
  {
    table: 'lint_rules',
    columns: ['category', 'pattern'],
    id: (r, shop) => naturalIds.seededLintRule(shop, text(r.category), text(r.pattern)),
  },
  { table: 'checklist_templates', columns: [], id: (_r, shop) => naturalIds.defaultTemplate(shop) },
  {
    table: 'checklist_steps',
    columns: ['template_id', 'step_key'],
    id: (r, shop, _agent, parent) =>
      naturalIds.defaultStep(shop, parent('checklist_templates', text(r.template_id)), text(r.step_key)),
  },
  {
    table: 'customers',
    columns: ['platform', 'nick'],
    id: (r, shop) => naturalIds.customer(shop, text(r.platform), text(r.nick)),
  },
  {
    table: 'orders',
    columns: ['platform', 'order_no'],
    id: (r, shop) => naturalIds.order(shop, text(r.platform), text(r.order_no)),
  },
  {
    table: 'order_items',
    columns: ['order_id', 'line'],
    id: (r, shop, _agent, parent) =>
      typeof r.line === 'number'
        ? naturalIds.orderItem(shop, parent('orders', text(r.order_id)), r.line)
        : null,
  },
  {
    table: 'tasks',
    columns: ['order_id', 'kind'],
    where: `source = 'rule' and order_id is not null`,
    id: (r, shop, _agent, parent) =>
      naturalIds.ruleTask(shop, parent('orders', text(r.order_id)), text(r.kind)),
  },
  {
    table: 'checklist_days',
    columns: ['day'],
    id: (r, shop, agent) => naturalIds.checklistDay(shop, agent, text(r.day)),
  },
  {
    table: 'checklist_items',
    columns: ['day_id', 'step_key'],
    id: (r, shop, agent, parent) =>
      naturalIds.checklistItem(shop, agent, parent('checklist_days', text(r.day_id)), text(r.step_key)),
  },
  {
    table: 'daily_logs',
    columns: ['day'],
    id: (r, shop, agent) => naturalIds.dailyLog(shop, agent, text(r.day)),
  },
  {
    table: 'phrase_questions',
    columns: ['phrase_id', 'text'],
    id: (r, shop, agent, parent) =>
      naturalIds.learnedQuestion(shop, agent, parent('phrases', text(r.phrase_id)), text(r.text)),
  },
  {
    table: 'invoices',
    columns: ['order_no'],
    where: `source = 'import'`,
    id: (r, shop) => naturalIds.importedInvoice(shop, text(r.order_no)),
  },
  { table: 'briefings', columns: ['day'], id: (r, shop) => naturalIds.briefing(shop, text(r.day)) },
  {
    table: 'briefing_reads',
    columns: ['briefing_id'],
    id: (r, shop, agent, parent) =>
      naturalIds.briefingRead(shop, agent, parent('briefings', text(r.briefing_id))),
  },
];

/** The lines of an order count from 1; which line an item was is found by trying each. */
function orderItemRows(sqlite: Database.Database): Row[] {
  const rows = sqlite.prepare('select id, order_id from order_items').all() as Row[];
  const perOrder = new Map<string, number>();
  for (const row of rows) perOrder.set(text(row.order_id), (perOrder.get(text(row.order_id)) ?? 0) + 1);
  return rows.map((row) => ({ ...row, lines: perOrder.get(text(row.order_id)) ?? 0 }));
}

/** Old id → new id per table, for every row whose natural id changes. */
export function naturalRekeys(sqlite: Database.Database, scope: RekeyScope): IdMaps {
  const maps: IdMaps = new Map();
  const parent = (table: SyncTable, id: string) => maps.get(table)?.get(id) ?? id;
  const same = (_table: SyncTable, id: string) => id;
  for (const key of KEYS) {
    const map = new Map<string, string>();
    maps.set(key.table, map);
    if (key.table === 'order_items') {
      for (const row of orderItemRows(sqlite)) {
        for (let line = 1; line <= (row.lines as number); line += 1) {
          const candidate = { ...row, line };
          if (key.id(candidate, scope.oldShopId, scope.oldAgentId, same) !== row.id) continue;
          map.set(row.id, key.id(candidate, scope.newShopId, scope.newAgentId, parent)!);
          break;
        }
      }
      continue;
    }
    const columns = ['id', ...key.columns].map((c) => `"${c}"`).join(', ');
    const rows = sqlite
      .prepare(`select ${columns} from "${key.table}"${key.where ? ` where ${key.where}` : ''}`)
      .all() as Row[];
    for (const row of rows) {
      if (key.id(row, scope.oldShopId, scope.oldAgentId, same) !== row.id) continue;
      const next = key.id(row, scope.newShopId, scope.newAgentId, parent);
      if (next && next !== row.id) map.set(row.id, next);
    }
  }
  return maps;
}

/** Columns that hold another synced row's id; they follow when that row is re-keyed. */
export const ROW_REFERENCES: readonly { table: SyncTable; column: string; parent: SyncTable }[] = [
  { table: 'phrases', column: 'group_id', parent: 'phrase_groups' },
  { table: 'phrase_usages', column: 'phrase_id', parent: 'phrases' },
  { table: 'phrase_usages', column: 'customer_id', parent: 'customers' },
  { table: 'phrase_usages', column: 'order_id', parent: 'orders' },
  { table: 'phrase_questions', column: 'phrase_id', parent: 'phrases' },
  { table: 'checklist_steps', column: 'template_id', parent: 'checklist_templates' },
  { table: 'checklist_steps', column: 'phrase_group_id', parent: 'phrase_groups' },
  { table: 'inquiries', column: 'customer_id', parent: 'customers' },
  { table: 'inquiries', column: 'order_id', parent: 'orders' },
  { table: 'orders', column: 'customer_id', parent: 'customers' },
  { table: 'order_items', column: 'order_id', parent: 'orders' },
  { table: 'order_remarks', column: 'order_id', parent: 'orders' },
  { table: 'return_cases', column: 'order_id', parent: 'orders' },
  { table: 'return_cases', column: 'customer_id', parent: 'customers' },
  { table: 'tasks', column: 'customer_id', parent: 'customers' },
  { table: 'tasks', column: 'order_id', parent: 'orders' },
  { table: 'checklist_days', column: 'template_id', parent: 'checklist_templates' },
  { table: 'checklist_items', column: 'day_id', parent: 'checklist_days' },
  { table: 'invoices', column: 'order_id', parent: 'orders' },
  { table: 'invoices', column: 'customer_id', parent: 'customers' },
  // An escalation's source is a task, a return case or an order (source_kind); ids are unique
  // across tables, so each parent maps only its own.
  { table: 'escalations', column: 'source_id', parent: 'tasks' },
  { table: 'escalations', column: 'source_id', parent: 'return_cases' },
  { table: 'escalations', column: 'source_id', parent: 'orders' },
  { table: 'escalations', column: 'customer_id', parent: 'customers' },
  { table: 'briefing_reads', column: 'briefing_id', parent: 'briefings' },
];
