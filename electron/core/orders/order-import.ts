/**
 * An order import end to end: read and check the file (order-file-rows.ts), plan it (looking the
 * rows up 250 at a time) and, unless it is a dry run, write. The write is all or nothing: one
 * `BEGIN IMMEDIATE … COMMIT`, rolled back on any failure. It runs on the import's own thread and
 * connection (order-import-worker.ts), so however long the transaction, the serving thread is
 * not held.
 */
import { createNaturalIdClaim } from '../natural-id-claim';
import type Database from 'better-sqlite3';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { KefuDb } from '../../../db/open-database';
import { customers, invoices, orderItems, orderRemarks, orders } from '../../../db/schema';
import { AppError } from '../app-error';
import { createBulkWriter, type BulkWriter } from './bulk-writer';
import { withBulkWriteSchema } from './bulk-write-schema';
import type { OrderColumnMapping } from './order-column-mapping';
import { readOrderFile, type ParsedOrderFile } from './order-file-rows';
import type { OrderImportReport } from './order-import-report';
import {
  createOrderImportPlanner,
  importRowIds,
  type ChunkLookup,
  type ImportWrites,
  type OrderItemRow,
  type PlannerContext,
} from './order-import-plan';
import type { OrderFileRow } from './order-row-read';

/** Rows looked up, planned and written per step: one lookup query per table per step. */
const CHUNK_ROWS = 250;

export interface OrderImportRequest extends Omit<PlannerContext, 'newId' | 'ids'> {
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
  // Deleted rows too: a tombstoned request is not made again.
  const invoicedOrders = db
    .selectDistinct({ orderNo: invoices.orderNo })
    .from(invoices)
    .where(and(eq(invoices.shopId, shopId), inJsonList(invoices.orderNo)))
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
      invoicedOrderNos: new Set(
        invoicedOrders.all({ list: JSON.stringify(rows.map((r) => r.orderNo)) }).map((i) => i.orderNo),
      ),
    };
  };
}

/** The write's time goes on every row it adds or changes (the plan leaves it out). */
function writeAll(writer: BulkWriter, writes: ImportWrites, now: number): void {
  const created = { createdAt: now, updatedAt: now };
  writer.insert(customers, writes.customerInserts, created);
  for (const { id, phones, addresses } of writes.customerUpdates) {
    writer.update(customers, id, { phones, addresses }, { updatedAt: now });
  }
  writer.insert(orders, writes.orderInserts, { ...created, importedAt: now });
  for (const { id, set } of writes.orderUpdates)
    writer.update(orders, id, set, { importedAt: now, updatedAt: now });
  writer.insert(orderItems, writes.itemInserts, created);
  for (const { id, set } of writes.itemUpdates) writer.update(orderItems, id, set, { updatedAt: now });
  writer.insert(orderRemarks, writes.remarkInserts, created);
  writer.insert(invoices, writes.invoiceInserts, created);
}

/** What a file does to the store as it was when planned: the dry run's answer, the write's rows. */
interface PlannedImport {
  report: OrderImportReport;
  writes: ImportWrites;
  changedOrderIds: string[];
}

/** The store's version as this connection sees it; another connection's commit moves it. */
const dataVersion = (sqlite: Database.Database) => sqlite.pragma('data_version', { simple: true }) as number;

/** The same bytes, name, mapping and time zone, planned for the same shop and agent. */
function samePlanRequest(a: OrderImportRequest, b: OrderImportRequest): boolean {
  return (
    a.fileName === b.fileName &&
    a.timeZone === b.timeZone &&
    a.shopId === b.shopId &&
    a.agentId === b.agentId &&
    a.agentCode === b.agentCode &&
    JSON.stringify(a.mapping ?? null) === JSON.stringify(b.mapping ?? null) &&
    Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength).equals(b.bytes)
  );
}

/**
 * Runs the imports of one connection. A dry run plans the file in full (natural ids included)
 * and keeps that plan; the write of the same file, by the same agent, writes the kept plan when
 * no other connection has committed since (`data_version`), without reading the file again. Any
 * other write reads and plans afresh inside its transaction. Times an import has no file value
 * for (a shipped order's estimated ship time, a remark note without one) are those of the dry
 * run: when the file was read.
 */
export function createOrderImporter({ db, sqlite, newId }: OrderImportDeps) {
  let kept: { request: OrderImportRequest; version: number; planned: PlannedImport } | null = null;

  function plan(request: OrderImportRequest, { base, rows }: ParsedOrderFile): PlannedImport {
    const planner = createOrderImportPlanner({
      ...request,
      newId,
      ids: importRowIds(request.shopId, createNaturalIdClaim(sqlite, newId)),
    });
    const lookup = createLookups(db, request.shopId);
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const chunk = rows.slice(start, start + CHUNK_ROWS);
      planner.planChunk(chunk, lookup(chunk));
    }
    return {
      report: { ...base, ...planner.report() },
      writes: planner.writes(),
      changedOrderIds: planner.changedOrderIds(),
    };
  }

  function writePlan(planned: PlannedImport, now: number): void {
    withBulkWriteSchema(sqlite, planned.report.added, () => {
      writeAll(createBulkWriter(sqlite), planned.writes, now);
    });
  }

  async function dryRun(request: OrderImportRequest): Promise<PlannedImport> {
    kept = null;
    const parsed = await readOrderFile(request);
    // One read transaction: every chunk's lookup sees the same store, the one `version` names.
    const { planned, version } = sqlite
      .transaction(() => ({ planned: plan(request, parsed), version: dataVersion(sqlite) }))
      .deferred();
    // A file with invalid rows is never written: nothing to keep.
    if (planned.report.invalid.length === 0) kept = { request, version, planned };
    return planned;
  }

  /** The dry run's plan, written; null when another connection committed since it was made. */
  function writeKept(request: OrderImportRequest, { version, planned }: NonNullable<typeof kept>) {
    return sqlite
      .transaction(() => {
        if (version !== dataVersion(sqlite)) return null;
        writePlan(planned, request.now);
        return planned;
      })
      .immediate();
  }

  async function writeFresh(request: OrderImportRequest): Promise<PlannedImport> {
    const parsed = await readOrderFile(request);
    const invalid = parsed.base.invalid.length;
    if (invalid > 0) throw new AppError('validation', 'errors.import.hasInvalidRows', { count: invalid });
    return sqlite
      .transaction(() => {
        // The whole file is planned before anything is written: every lookup sees the store as
        // it was (the file's order numbers are unique, and the planner remembers the customers
        // it adds), which is several times faster than looking up in a growing table.
        const planned = plan(request, parsed);
        writePlan(planned, request.now);
        return planned;
      })
      .immediate();
  }

  async function write(request: OrderImportRequest): Promise<PlannedImport> {
    // The same file planned for the same agent is the same plan, while the store stands still.
    const reusable = kept && samePlanRequest(kept.request, request) ? kept : null;
    // Spent either way: written now, or the store moved and the write plans afresh.
    kept = null;
    const planned = (reusable && writeKept(request, reusable)) ?? (await writeFresh(request));
    // A big import changes which index answers a list filter best; `optimize` refreshes the
    // planner's statistics where they went stale, sampling (analysis_limit) to stay brief.
    if (planned.report.totalRows > 0) {
      sqlite.pragma('analysis_limit = 1000');
      sqlite.pragma('optimize');
    }
    return planned;
  }

  return {
    async run(
      request: OrderImportRequest,
    ): Promise<{ report: OrderImportReport; changedOrderIds: string[] }> {
      if (!request.write) return { report: (await dryRun(request)).report, changedOrderIds: [] };
      const { report, changedOrderIds } = await write(request);
      return { report, changedOrderIds };
    },
  };
}
