/**
 * An order import end to end: read the file, map its columns, check every row, then plan (dry
 * run) or plan and write, 1,000 rows at a time. The write is all or nothing — one explicit
 * `BEGIN IMMEDIATE … COMMIT` on the connection, held across the yields between chunks, rolled
 * back on any failure — so a 100,000-row export lands whole without stalling the event loop for
 * the length of one big synchronous transaction. The caller keeps other writers off the
 * connection meanwhile (order-service's import lock).
 */
import type Database from 'better-sqlite3';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { KefuDb } from '../../../db/open-database';
import { customers, orderItems, orderRemarks, orders } from '../../../db/schema';
import { AppError } from '../app-error';
import { createBulkWriter, type BulkWriter } from './bulk-writer';
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

/** Rows checked per step, and rows planned and written per step: each step stays ~10 ms. */
const READ_CHUNK_ROWS = 1000;
const WRITE_CHUNK_ROWS = 250;

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
  for (let start = 0; start < records.length; start += READ_CHUNK_ROWS) {
    for (const { row, cells } of records.slice(start, start + READ_CHUNK_ROWS)) {
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

/** A chunk's order numbers or nicks travel as one JSON array, so each lookup is prepared once. */
const inJsonList = (column: AnySQLiteColumn) =>
  sql`${column} in (select value from json_each(${sql.placeholder('list')}))`;

function createLookups(db: KefuDb, shopId: string) {
  const storedOrders = db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.shopId, shopId),
        eq(orders.platform, 'taobao'),
        isNull(orders.deletedAt),
        inJsonList(orders.orderNo),
      ),
    )
    .prepare();
  const storedItems = db
    .select()
    .from(orderItems)
    .where(and(inJsonList(orderItems.orderId), isNull(orderItems.deletedAt)))
    .orderBy(asc(orderItems.createdAt), asc(orderItems.id))
    .prepare();
  const storedCustomers = db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.shopId, shopId),
        eq(customers.platform, 'taobao'),
        isNull(customers.deletedAt),
        inJsonList(customers.nick),
      ),
    )
    .prepare();

  return (rows: readonly OrderFileRow[]): ChunkLookup => {
    const found = storedOrders.all({ list: JSON.stringify(rows.map((r) => r.orderNo)) });
    const items = new Map<string, OrderItemRow>();
    if (found.length > 0) {
      for (const item of storedItems.all({ list: JSON.stringify(found.map((o) => o.id)) })) {
        if (!items.has(item.orderId)) items.set(item.orderId, item);
      }
    }
    const nicks = [...new Set(rows.map((r) => r.buyerNick).filter((n) => n !== ''))];
    return {
      orders: new Map(found.map((o) => [o.orderNo, o])),
      items,
      customers: new Map(storedCustomers.all({ list: JSON.stringify(nicks) }).map((c) => [c.nick, c])),
    };
  };
}

function writeChunk(writer: BulkWriter, writes: ChunkWrites, now: number): void {
  writer.insert(customers, writes.customerInserts);
  for (const { id, phones, addresses } of writes.customerUpdates) {
    writer.update(customers, id, { phones, addresses, updatedAt: now });
  }
  writer.insert(orders, writes.orderInserts);
  for (const { id, set } of writes.orderUpdates) writer.update(orders, id, set);
  writer.insert(orderItems, writes.itemInserts);
  for (const { id, set } of writes.itemUpdates) writer.update(orderItems, id, set);
  writer.insert(orderRemarks, writes.remarkInserts);
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
  const writer = createBulkWriter(sqlite);
  const lookup = createLookups(db, request.shopId);
  const planAll = async () => {
    for (let start = 0; start < rows.length; start += WRITE_CHUNK_ROWS) {
      const chunk = rows.slice(start, start + WRITE_CHUNK_ROWS);
      const writes = planner.planChunk(chunk, lookup(chunk));
      if (request.write) writeChunk(writer, writes, request.now);
      await yieldToLoop();
    }
  };
  if (request.write) {
    await inOpenTransaction(sqlite, planAll);
    // A big import changes which index answers a list filter best; `optimize` refreshes the
    // planner's statistics where they went stale, sampling (analysis_limit) to stay brief.
    if (rows.length > 0) {
      sqlite.pragma('analysis_limit = 1000');
      sqlite.pragma('optimize');
    }
  } else await planAll();
  const { changedOrderIds, ...planned } = planner.report();
  return { report: { ...base, ...planned }, changedOrderIds };
}
