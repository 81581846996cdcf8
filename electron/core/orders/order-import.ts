/**
 * An order import end to end: read the file, map its columns, check every row, then plan (dry
 * run) or plan and write, 1,000 rows at a time. The write is all or nothing — one explicit
 * `BEGIN IMMEDIATE … COMMIT` on the connection, held across the yields between chunks, rolled
 * back on any failure — so a 100,000-row export lands whole without stalling the event loop for
 * the length of one big synchronous transaction. The caller keeps other writers off the
 * connection meanwhile (order-service's import lock).
 */
import type Database from 'better-sqlite3';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { KefuDb } from '../../../db/open-database';
import { customers, orderItems, orderRemarks, orders } from '../../../db/schema';
import { AppError } from '../app-error';
import { resolveColumns, type OrderColumnMapping } from './order-column-mapping';
import { readOrderTable } from './order-file-read';
import { isTaobaoLayout } from './order-import-fields';
import {
  createOrderImportPlanner,
  type ChunkLookup,
  type ChunkWrites,
  type OrderItemRow,
  type PlannerContext,
} from './order-import-plan';
import { readOrderRow, type OrderFileRow, type OrderRowProblem } from './order-row-read';
import { yieldToLoop } from './yield-to-loop';

const CHUNK_ROWS = 1000;
/** SQLite allows 32,766 bound values per statement; an orders row binds about 40. */
const INSERT_BATCH_VALUES = 30_000;

export interface OrderImportReport {
  format: string;
  encoding?: string;
  totalRows: number;
  headers: string[];
  mapping: OrderColumnMapping;
  needsMapping: boolean;
  toAdd: { row: number; orderNo: string; buyerNick: string; status: string }[];
  toUpdate: { row: number; orderNo: string; changes: string[] }[];
  unchanged: number;
  customersToCreate: number;
  invalid: OrderRowProblem[];
}

export interface OrderImportRequest extends Omit<PlannerContext, 'newId'> {
  fileName: string;
  bytes: Uint8Array;
  mapping?: OrderColumnMapping;
  timeZone: string;
  write: boolean;
}

export interface OrderImportDeps {
  db: KefuDb;
  sqlite: Database.Database;
  newId: () => string;
}

async function readRows(
  records: { row: number; cells: string[] }[],
  columns: Parameters<typeof readOrderRow>[2],
  timeZone: string,
): Promise<{ rows: OrderFileRow[]; invalid: OrderRowProblem[] }> {
  const rows: OrderFileRow[] = [];
  const invalid: OrderRowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (let start = 0; start < records.length; start += CHUNK_ROWS) {
    for (const { row, cells } of records.slice(start, start + CHUNK_ROWS)) {
      const read = readOrderRow(row, cells, columns, timeZone);
      if (Array.isArray(read)) {
        invalid.push(...read);
        continue;
      }
      const first = firstRowOf.get(read.orderNo);
      if (first === undefined) {
        firstRowOf.set(read.orderNo, row);
        rows.push(read);
      } else {
        invalid.push({
          row,
          column: columns.orderNo?.header ?? null,
          messageKey: 'validation.orderImport.duplicateOrderNo',
          params: { value: read.orderNo, firstRow: first },
        });
      }
    }
    await yieldToLoop();
  }
  return { rows, invalid };
}

function lookupChunk(db: KefuDb, shopId: string, rows: readonly OrderFileRow[]): ChunkLookup {
  const orderNos = rows.map((r) => r.orderNo);
  const nicks = [...new Set(rows.map((r) => r.buyerNick).filter((n) => n !== ''))];
  const storedOrders = db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.shopId, shopId),
        eq(orders.platform, 'taobao'),
        isNull(orders.deletedAt),
        inArray(orders.orderNo, orderNos),
      ),
    )
    .all();
  const items = new Map<string, OrderItemRow>();
  if (storedOrders.length > 0) {
    const storedItems = db
      .select()
      .from(orderItems)
      .where(
        and(
          inArray(
            orderItems.orderId,
            storedOrders.map((o) => o.id),
          ),
          isNull(orderItems.deletedAt),
        ),
      )
      .orderBy(asc(orderItems.createdAt), asc(orderItems.id))
      .all();
    for (const item of storedItems) if (!items.has(item.orderId)) items.set(item.orderId, item);
  }
  const storedCustomers =
    nicks.length === 0
      ? []
      : db
          .select()
          .from(customers)
          .where(
            and(
              eq(customers.shopId, shopId),
              eq(customers.platform, 'taobao'),
              isNull(customers.deletedAt),
              inArray(customers.nick, nicks),
            ),
          )
          .all();
  return {
    orders: new Map(storedOrders.map((o) => [o.orderNo, o])),
    items,
    customers: new Map(storedCustomers.map((c) => [c.nick, c])),
  };
}

function insertAll<T extends SQLiteTable>(db: KefuDb, table: T, rows: T['$inferInsert'][]): void {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length + 8;
  const batch = Math.max(1, Math.floor(INSERT_BATCH_VALUES / perRow));
  for (let at = 0; at < rows.length; at += batch) {
    db.insert(table)
      .values(rows.slice(at, at + batch))
      .run();
  }
}

function writeChunk(db: KefuDb, writes: ChunkWrites, now: number): void {
  insertAll(db, customers, writes.customerInserts);
  for (const { id, phones, addresses } of writes.customerUpdates) {
    db.update(customers).set({ phones, addresses, updatedAt: now }).where(eq(customers.id, id)).run();
  }
  insertAll(db, orders, writes.orderInserts);
  for (const { id, set } of writes.orderUpdates) db.update(orders).set(set).where(eq(orders.id, id)).run();
  insertAll(db, orderItems, writes.itemInserts);
  for (const { id, set } of writes.itemUpdates)
    db.update(orderItems).set(set).where(eq(orderItems.id, id)).run();
  insertAll(db, orderRemarks, writes.remarkInserts);
}

/** Runs `work` inside one write transaction that stays open across its awaits. */
async function inOpenTransaction<T>(sqlite: Database.Database, work: () => Promise<T>): Promise<T> {
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    sqlite.exec('COMMIT');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}

export async function runOrderImport(
  { db, sqlite, newId }: OrderImportDeps,
  request: OrderImportRequest,
): Promise<{ report: OrderImportReport; changedOrderIds: string[] }> {
  const table = await readOrderTable(request.fileName, request.bytes);
  const resolution = resolveColumns(table.headers, table.headerRow, request.mapping);
  const { rows, invalid } =
    table.problems.length > 0 || resolution.problems.length > 0
      ? { rows: [], invalid: [] }
      : await readRows(table.records, resolution.columns, request.timeZone);
  const base = {
    format: isTaobaoLayout(table.headers) ? 'taobao' : table.format,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    totalRows: table.records.length,
    headers: table.headers.map((h) => h.trim()),
    mapping: resolution.mapping,
    needsMapping: resolution.needsMapping,
    invalid: [...table.problems, ...resolution.problems, ...invalid],
  };
  if (request.write && base.invalid.length > 0) {
    throw new AppError('validation', 'errors.import.hasInvalidRows', { count: base.invalid.length });
  }
  const planner = createOrderImportPlanner({ ...request, newId });
  const planAll = async () => {
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const chunk = rows.slice(start, start + CHUNK_ROWS);
      const writes = planner.planChunk(chunk, lookupChunk(db, request.shopId, chunk));
      if (request.write) writeChunk(db, writes, request.now);
      await yieldToLoop();
    }
  };
  if (request.write) await inOpenTransaction(sqlite, planAll);
  else await planAll();
  const { changedOrderIds, ...planned } = planner.report();
  return { report: { ...base, ...planned }, changedOrderIds };
}
