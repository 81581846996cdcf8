/**
 * Orders: the list, one order with its items, remark history and customer, hand edits along
 * the lifecycle (every remark/flag change kept with 工号, time and reason), and file imports.
 * An import runs on its own thread and connection (order-import-thread.ts) and holds the store's
 * write lock until it commits, so while it runs the other order writes are refused with a clear
 * error rather than waiting on the lock.
 */
import type Database from 'better-sqlite3';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { customers, orderItems, orderRemarks, orders } from '../../../db/schema';
import { AppError } from '../app-error';
import { naturalIds } from '../natural-id';
import { createNaturalIdClaim } from '../natural-id-claim';
import type { Clock } from '../clock';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import type { OrderColumnMapping } from './order-column-mapping';
import type { OrderImportReport } from './order-import-report';
import { createOrderImportThread } from './order-import-thread';
import { createOrderUploads } from './order-uploads';
import { listOrders, orderColumns } from './order-list-query';
import type {
  Order,
  OrderDetail,
  OrderInput,
  OrderList,
  OrderListQuery,
  SetLogisticsInput,
  SetRemarkInput,
} from './order-schema';
import { canTransition, type OrderStatus } from './order-status-rules';

export interface OrderServiceDeps {
  db: KefuDb;
  sqlite: Database.Database;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
  /** The shop's IANA time zone, for the wall-clock times in platform exports. */
  timeZone: () => string;
  /** The better-sqlite3 binary `sqlite` was opened with, for the import thread's own connection. */
  nativeBinding?: string;
}

/** Called after every committed change with the ids of the orders it touched. */
export type OrdersChangedListener = (orderIds: string[]) => void;

type Tx = Parameters<Parameters<KefuDb['transaction']>[0]>[0];

export function createOrderService({
  db,
  sqlite,
  clock,
  newId,
  identity,
  timeZone,
  nativeBinding,
}: OrderServiceDeps) {
  const listeners: OrdersChangedListener[] = [];
  const claimId = createNaturalIdClaim(sqlite, newId);
  let importing = false;
  const uploads = createOrderUploads(clock);
  const importThread = createOrderImportThread({
    file: sqlite.name,
    ...(nativeBinding ? { nativeBinding } : {}),
  });

  const notify = (orderIds: string[]) => {
    if (orderIds.length === 0) return;
    for (const listener of listeners) listener(orderIds);
  };

  function onChange(listener: OrdersChangedListener): () => void {
    listeners.push(listener);
    return () => {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
    };
  }

  function assertNotImporting(): void {
    if (importing) throw new AppError('busy', 'errors.order.importRunning');
  }

  /** Read-then-write: take the write lock first so a concurrent CLI write waits instead of failing. */
  function write<T>(fn: (tx: Tx, who: Identity, at: number) => T): T {
    assertNotImporting();
    const who = requireIdentity(identity);
    return db.transaction((tx) => fn(tx, who, clock.now()), { behavior: 'immediate' });
  }

  function storedOrder(tx: Tx | KefuDb, who: Identity, id: string) {
    const row = tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, id), eq(orders.shopId, who.shopId), isNull(orders.deletedAt)))
      .get();
    if (!row) throw new AppError('notFound', 'errors.order.notFound', { id });
    return row;
  }

  function order(id: string): Order {
    const who = requireIdentity(identity);
    const row = db
      .select(orderColumns)
      .from(orders)
      .where(and(eq(orders.id, id), eq(orders.shopId, who.shopId), isNull(orders.deletedAt)))
      .get();
    if (!row) throw new AppError('notFound', 'errors.order.notFound', { id });
    return row;
  }

  function detail(id: string): OrderDetail {
    const found = order(id);
    const items = db
      .select({
        id: orderItems.id,
        title: orderItems.title,
        sku: orderItems.sku,
        quantity: orderItems.quantity,
        priceFen: orderItems.priceFen,
      })
      .from(orderItems)
      .where(and(eq(orderItems.orderId, id), isNull(orderItems.deletedAt)))
      .orderBy(asc(orderItems.createdAt), asc(orderItems.id))
      .all();
    const remarks = db
      .select({
        id: orderRemarks.id,
        remark: orderRemarks.remark,
        flag: orderRemarks.flag,
        reason: orderRemarks.reason,
        agentCode: orderRemarks.agentCode,
        remarkedAt: orderRemarks.remarkedAt,
      })
      .from(orderRemarks)
      .where(and(eq(orderRemarks.orderId, id), isNull(orderRemarks.deletedAt)))
      .orderBy(asc(orderRemarks.remarkedAt), asc(orderRemarks.createdAt))
      .all();
    const customer = found.customerId
      ? (db
          .select({
            id: customers.id,
            platform: customers.platform,
            nick: customers.nick,
            name: customers.name,
            phones: customers.phones,
            addresses: customers.addresses,
            customerType: customers.customerType,
            lastContactAt: customers.lastContactAt,
          })
          .from(customers)
          .where(and(eq(customers.id, found.customerId), isNull(customers.deletedAt)))
          .get() ?? null)
      : null;
    return { order: found, items, remarks, customer };
  }

  function list(query: OrderListQuery): OrderList {
    const who = requireIdentity(identity);
    return listOrders(db, who.shopId, query, clock.now());
  }

  /** The buyer's customer record, created on first sight; null for an order without a nick. */
  function customerFor(tx: Tx, who: Identity, nick: string, at: number): string | null {
    if (nick === '') return null;
    const found = tx
      .select({ id: customers.id })
      .from(customers)
      .where(
        and(
          eq(customers.shopId, who.shopId),
          eq(customers.platform, 'taobao'),
          eq(customers.nick, nick),
          isNull(customers.deletedAt),
        ),
      )
      .get();
    if (found) return found.id;
    const id = claimId('customers', naturalIds.customer(who.shopId, 'taobao', nick));
    tx.insert(customers)
      .values({
        id,
        shopId: who.shopId,
        scope: 'team',
        createdAt: at,
        updatedAt: at,
        platform: 'taobao',
        nick,
      })
      .run();
    return id;
  }

  /** Side effects of a status reached by hand: the lifecycle's times fill in once. */
  function statusTimes(
    status: OrderStatus,
    row: { paidAt: number | null; shippedAt: number | null },
    at: number,
  ) {
    if (status === 'paid') return { paidAt: row.paidAt ?? at };
    if (status === 'shipped') return { shippedAt: row.shippedAt ?? at };
    return {};
  }

  function assertTransition(from: OrderStatus, to: OrderStatus): void {
    if (!canTransition(from, to, 'hand'))
      throw new AppError('conflict', 'errors.order.badTransition', { from, to });
  }

  /**
   * The order's lines become `items`: line N keeps its natural id (revived when it was removed
   * earlier), so saving the same lines again changes nothing and two installs agree on the ids;
   * lines past the end are removed.
   */
  function writeItems(
    tx: Tx,
    who: Identity,
    orderId: string,
    items: NonNullable<OrderInput['items']>,
    at: number,
  ): void {
    const kept = new Set<string>();
    items.forEach((item, index) => {
      const natural = naturalIds.orderItem(who.shopId, orderId, index + 1);
      const revived = tx
        .update(orderItems)
        .set({ ...item, deletedAt: null, updatedAt: at })
        .where(and(eq(orderItems.id, natural), eq(orderItems.orderId, orderId)))
        .run().changes;
      const id = revived > 0 ? natural : claimId('order_items', natural);
      if (revived === 0) {
        tx.insert(orderItems)
          .values({ ...item, id, shopId: who.shopId, scope: 'team', createdAt: at, updatedAt: at, orderId })
          .run();
      }
      kept.add(id);
    });
    const live = tx
      .select({ id: orderItems.id })
      .from(orderItems)
      .where(and(eq(orderItems.orderId, orderId), isNull(orderItems.deletedAt)))
      .all();
    for (const { id } of live) {
      if (kept.has(id)) continue;
      tx.update(orderItems).set({ deletedAt: at, updatedAt: at }).where(eq(orderItems.id, id)).run();
    }
  }

  function save(input: OrderInput): Order {
    const id = write((tx, who, at) => {
      const { id: givenId, items, status, ...fields } = input;
      const duplicate = tx
        .select({ id: orders.id })
        .from(orders)
        .where(
          and(
            eq(orders.shopId, who.shopId),
            eq(orders.platform, 'taobao'),
            eq(orders.orderNo, fields.orderNo),
            isNull(orders.deletedAt),
          ),
        )
        .get();
      if (duplicate && duplicate.id !== givenId) {
        throw new AppError('conflict', 'errors.order.duplicateOrderNo', { orderNo: fields.orderNo });
      }
      const customerId = customerFor(tx, who, fields.buyerNick ?? '', at);
      let orderId: string;
      if (givenId) {
        const stored = storedOrder(tx, who, givenId);
        const next = status ?? stored.status;
        if (next !== stored.status) assertTransition(stored.status, next);
        tx.update(orders)
          .set({
            ...fields,
            customerId,
            status: next,
            ...(next !== stored.status ? statusTimes(next, stored, at) : {}),
            updatedAt: at,
          })
          .where(eq(orders.id, givenId))
          .run();
        orderId = givenId;
      } else {
        orderId = claimId('orders', naturalIds.order(who.shopId, 'taobao', fields.orderNo));
        const initial = status ?? 'unpaid';
        tx.insert(orders)
          .values({
            ...fields,
            ...statusTimes(initial, { paidAt: fields.paidAt ?? null, shippedAt: null }, at),
            id: orderId,
            shopId: who.shopId,
            scope: 'team',
            createdAt: at,
            updatedAt: at,
            customerId,
            status: initial,
          })
          .run();
      }
      if (items) writeItems(tx, who, orderId, items, at);
      return orderId;
    });
    notify([id]);
    return order(id);
  }

  /** Applies `change` to a stored order, one transaction, and tells the listeners. */
  function change(
    id: string,
    fn: (tx: Tx, stored: typeof orders.$inferSelect, who: Identity, at: number) => void,
  ): Order {
    write((tx, who, at) => fn(tx, storedOrder(tx, who, id), who, at));
    notify([id]);
    return order(id);
  }

  const setStatus = (id: string, status: OrderStatus): Order =>
    change(id, (tx, stored, _who, at) => {
      assertTransition(stored.status, status);
      tx.update(orders)
        .set({ status, ...statusTimes(status, stored, at), updatedAt: at })
        .where(eq(orders.id, id))
        .run();
    });

  const setRemark = ({ id, remark, flag, reason }: SetRemarkInput): Order =>
    change(id, (tx, stored, who, at) => {
      // The schema trims; a blank reason from a core caller is refused here too (SOP: 修改备注 needs one).
      if (reason.trim() === '') throw new AppError('validation', 'errors.order.reasonRequired');
      if (stored.remark === remark && stored.remarkFlag === flag) {
        throw new AppError('conflict', 'errors.order.remarkUnchanged');
      }
      tx.update(orders).set({ remark, remarkFlag: flag, updatedAt: at }).where(eq(orders.id, id)).run();
      tx.insert(orderRemarks)
        .values({
          id: newId(),
          shopId: who.shopId,
          ownerId: who.agentId,
          scope: 'team',
          createdAt: at,
          updatedAt: at,
          orderId: id,
          remark,
          flag,
          reason: reason.trim(),
          agentCode: who.agentCode,
          remarkedAt: at,
        })
        .run();
    });

  const verifyAddress = (id: string): Order =>
    change(id, (tx, stored, who, at) => {
      if (stored.status === 'closed') throw new AppError('conflict', 'errors.order.closed');
      tx.update(orders)
        .set({ addressVerifiedBy: who.agentCode, addressVerifiedAt: at, updatedAt: at })
        .where(eq(orders.id, id))
        .run();
    });

  const setLogistics = ({ id, ...input }: SetLogisticsInput): Order =>
    change(id, (tx, stored, _who, at) => {
      const state = input.logisticsState;
      tx.update(orders)
        .set({
          ...input,
          // A state reported now is a check made now; 已签收 also dates the signature.
          ...(state !== undefined ? { logisticsCheckedAt: at } : {}),
          ...(state === 'signed' && input.signedAt === undefined ? { signedAt: stored.signedAt ?? at } : {}),
          updatedAt: at,
        })
        .where(eq(orders.id, id))
        .run();
    });

  const setReview = (id: string, reviewState: Order['reviewState']): Order =>
    change(id, (tx, _stored, _who, at) => {
      tx.update(orders)
        .set({ reviewState, reviewedAt: reviewState === 'none' ? null : at, updatedAt: at })
        .where(eq(orders.id, id))
        .run();
    });

  async function runImport(
    fileName: string,
    bytes: Uint8Array,
    mapping: OrderColumnMapping | undefined,
    write: boolean,
  ): Promise<OrderImportReport> {
    const who = requireIdentity(identity);
    const request = {
      fileName,
      bytes,
      mapping,
      timeZone: timeZone(),
      write,
      shopId: who.shopId,
      agentId: who.agentId,
      agentCode: who.agentCode,
      now: clock.now(),
    };
    if (!write) return (await importThread.run(request)).report;
    // One import at a time, too: two would interleave their chunks in one transaction.
    assertNotImporting();
    importing = true;
    let changedOrderIds: string[];
    let report: OrderImportReport;
    try {
      ({ report, changedOrderIds } = await importThread.run(request));
    } finally {
      importing = false;
    }
    notify(changedOrderIds);
    return report;
  }

  return {
    list,
    get: detail,
    save,
    setStatus,
    setRemark,
    verifyAddress,
    setLogistics,
    setReview,
    importPreview: (fileName: string, bytes: Uint8Array, mapping?: OrderColumnMapping) =>
      runImport(fileName, bytes, mapping, false),
    importApply: (fileName: string, bytes: Uint8Array, mapping?: OrderColumnMapping) =>
      runImport(fileName, bytes, mapping, true),
    /** True while an import holds the write transaction; other writers should wait or refuse. */
    importing: () => importing,
    /** Files sent in pieces for the import (order-uploads.ts). */
    uploads,
    /** Starts the import thread ahead of the first import. */
    warmUpImports: () => importThread.warmUp(),
    /** Ends the import thread (the shell closes the database after this). */
    stopImports: () => importThread.stop(),
    onChange,
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
