/**
 * Decides what an order file does to the store: which orders are new, which change (and which
 * fields), which stay as they are, which customers appear. The same planner serves the dry run
 * and the write, chunk by chunk, so both report the same thing; it remembers the customers it
 * has planned so that a buyer's second order in a later chunk links to the same customer.
 */
import type { customers, orderItems, orderRemarks, orders } from '../../../db/schema';
import type { OrderFileRow } from './order-row-read';
import { canTransition } from './order-status-rules';
import { naturalIds } from '../natural-id';
import type { NaturalIdClaim } from '../natural-id-claim';

export type OrderRow = typeof orders.$inferSelect;
export type OrderInsert = typeof orders.$inferInsert;
export type OrderItemRow = typeof orderItems.$inferSelect;
export type OrderItemInsert = typeof orderItems.$inferInsert;
export type OrderRemarkInsert = typeof orderRemarks.$inferInsert;
export type CustomerRow = typeof customers.$inferSelect;
export type CustomerInsert = typeof customers.$inferInsert;

/** What is stored for one chunk's order numbers and buyer nicks. */
export interface ChunkLookup {
  orders: ReadonlyMap<string, OrderRow>;
  /** First item of each order found, by order id. */
  items: ReadonlyMap<string, OrderItemRow>;
  customers: ReadonlyMap<string, CustomerRow>;
}

export interface ChunkWrites {
  customerInserts: CustomerInsert[];
  customerUpdates: { id: string; phones: string[]; addresses: string[] }[];
  orderInserts: OrderInsert[];
  orderUpdates: { id: string; set: Partial<OrderInsert> }[];
  itemInserts: OrderItemInsert[];
  itemUpdates: { id: string; set: Partial<OrderItemInsert> }[];
  remarkInserts: OrderRemarkInsert[];
}

export interface OrderImportReportRows {
  toAdd: { row: number; orderNo: string; buyerNick: string; status: string }[];
  toUpdate: { row: number; orderNo: string; changes: string[] }[];
  unchanged: number;
  customersToCreate: number;
  /** Ids of orders added or changed, for the change listeners. */
  changedOrderIds: string[];
}

export interface PlannerContext {
  shopId: string;
  /** 工号 of the importing agent: the author of remarks whose note names none. */
  agentCode: string;
  now: number;
  newId: () => string;
  /** Ids of the rows an import adds (natural ones when it writes, see order-import.ts). */
  ids: ImportRowIds;
}

export interface ImportRowIds {
  customer(nick: string): string;
  order(orderNo: string): string;
  /** `newOrder`: the order is added by this import, so nothing can hold its lines' ids yet. */
  orderItem(orderId: string, line: number, newOrder: boolean): string;
}

/**
 * Natural ids (natural-id.ts) for what an import writes, so two desks importing the same export
 * converge; a dry run only counts rows, so any id does there and no hashing is spent on it.
 */
export function importRowIds(
  shopId: string,
  claimId: NaturalIdClaim | null,
  newId: () => string,
): ImportRowIds {
  if (!claimId) return { customer: () => newId(), order: () => newId(), orderItem: () => newId() };
  return {
    customer: (nick) => claimId('customers', naturalIds.customer(shopId, 'taobao', nick)),
    order: (orderNo) => claimId('orders', naturalIds.order(shopId, 'taobao', orderNo)),
    orderItem: (orderId, line, newOrder) => {
      const natural = naturalIds.orderItem(shopId, orderId, line);
      return newOrder ? natural : claimId('order_items', natural);
    },
  };
}

/** This chunk's customer writes by id, so a buyer with many orders in it is written once. */
interface PendingCustomers {
  inserts: Map<string, CustomerInsert>;
  updates: Map<string, ChunkWrites['customerUpdates'][number]>;
}

interface KnownCustomer {
  id: string;
  phones: string[];
  addresses: string[];
}

/** Fields an import compares; an empty value in the file never blanks what the store has. */
const COMPARED_FIELDS = [
  'buyerNick',
  'customerId',
  'status',
  'totalFen',
  'paidFen',
  'postageFen',
  'receiverName',
  'receiverPhone',
  'receiverAddress',
  'buyerMessage',
  'courier',
  'trackingNo',
  'orderedAt',
  'paidAt',
  'shippedAt',
  'remark',
  'remarkFlag',
] as const satisfies readonly (keyof OrderRow)[];

const orText = (fromFile: string, stored: string): string => (fromFile === '' ? stored : fromFile);
const orTime = (fromFile: number | null, stored: number | null): number | null => fromFile ?? stored;

/**
 * The export has no ship time. Shops ship within a day or two of payment, so for an order the
 * file says is shipped the payment time is the best estimate it offers; without one, the time
 * the order was first seen shipped.
 */
function estimatedShippedAt(
  row: OrderFileRow,
  status: OrderRow['status'],
  stored: number | null,
  now: number,
) {
  if (row.shippedAt !== null) return row.shippedAt;
  if (stored !== null) return stored;
  return status === 'shipped' || status === 'completed' ? (row.paidAt ?? row.orderedAt ?? now) : null;
}

export function createOrderImportPlanner(context: PlannerContext) {
  const { shopId, agentCode, now, newId, ids } = context;
  const known = new Map<string, KnownCustomer>();
  const report: OrderImportReportRows = {
    toAdd: [],
    toUpdate: [],
    unchanged: 0,
    customersToCreate: 0,
    changedOrderIds: [],
  };

  function linkCustomer(row: OrderFileRow, lookup: ChunkLookup, pending: PendingCustomers): string | null {
    if (row.buyerNick === '') return null;
    let customer = known.get(row.buyerNick);
    if (!customer) {
      const stored = lookup.customers.get(row.buyerNick);
      customer = stored
        ? { id: stored.id, phones: [...stored.phones], addresses: [...stored.addresses] }
        : {
            id: ids.customer(row.buyerNick),
            phones: [],
            addresses: [],
          };
      if (!stored) {
        report.customersToCreate += 1;
        pending.inserts.set(customer.id, {
          id: customer.id,
          shopId,
          scope: 'team',
          createdAt: now,
          updatedAt: now,
          platform: 'taobao',
          nick: row.buyerNick,
          phones: customer.phones,
          addresses: customer.addresses,
        });
      }
      known.set(row.buyerNick, customer);
    }
    const addPhone = row.receiverPhone !== '' && !customer.phones.includes(row.receiverPhone);
    const addAddress = row.receiverAddress !== '' && !customer.addresses.includes(row.receiverAddress);
    if (addPhone) customer.phones.push(row.receiverPhone);
    if (addAddress) customer.addresses.push(row.receiverAddress);
    if (addPhone || addAddress) {
      const lists = { phones: [...customer.phones], addresses: [...customer.addresses] };
      // A customer created in this chunk is written with its lists; others get one update.
      const inserted = pending.inserts.get(customer.id);
      if (inserted) Object.assign(inserted, lists);
      else pending.updates.set(customer.id, { id: customer.id, ...lists });
    }
    return customer.id;
  }

  function remarkHistory(orderId: string, row: OrderFileRow): OrderRemarkInsert {
    const note = row.remark!;
    return {
      id: newId(),
      shopId,
      scope: 'team',
      createdAt: now,
      updatedAt: now,
      orderId,
      remark: note.remark,
      flag: note.flag,
      reason: note.reason,
      agentCode: note.agentCode ?? agentCode,
      remarkedAt: note.remarkedAt ?? now,
    };
  }

  function addOrder(row: OrderFileRow, customerId: string | null, writes: ChunkWrites): void {
    const id = ids.order(row.orderNo);
    writes.orderInserts.push({
      id,
      shopId,
      scope: 'team',
      createdAt: now,
      updatedAt: now,
      platform: 'taobao',
      orderNo: row.orderNo,
      customerId,
      buyerNick: row.buyerNick,
      status: row.status,
      totalFen: row.totalFen,
      paidFen: row.paidFen,
      postageFen: row.postageFen,
      receiverName: row.receiverName,
      receiverPhone: row.receiverPhone,
      receiverAddress: row.receiverAddress,
      buyerMessage: row.buyerMessage,
      courier: row.courier,
      trackingNo: row.trackingNo,
      orderedAt: row.orderedAt,
      paidAt: row.paidAt,
      shippedAt: estimatedShippedAt(row, row.status, null, now),
      remark: row.remark?.remark ?? '',
      remarkFlag: row.remark?.flag ?? null,
      importedAt: now,
    });
    if (row.itemTitle !== '') {
      writes.itemInserts.push({
        id: ids.orderItem(id, 1, true),
        shopId,
        scope: 'team',
        createdAt: now,
        updatedAt: now,
        orderId: id,
        title: row.itemTitle,
        quantity: row.quantity,
        // The export gives one goods amount per order; its single item line carries it.
        priceFen: row.goodsFen,
      });
    }
    if (row.remark) writes.remarkInserts.push(remarkHistory(id, row));
    report.toAdd.push({ row: row.row, orderNo: row.orderNo, buyerNick: row.buyerNick, status: row.status });
    report.changedOrderIds.push(id);
  }

  function updateOrder(
    row: OrderFileRow,
    stored: OrderRow,
    item: OrderItemRow | undefined,
    customerId: string | null,
    writes: ChunkWrites,
  ): void {
    const status = canTransition(stored.status, row.status, 'import') ? row.status : stored.status;
    const next: Pick<OrderRow, (typeof COMPARED_FIELDS)[number]> = {
      buyerNick: orText(row.buyerNick, stored.buyerNick),
      customerId: customerId ?? stored.customerId,
      status,
      totalFen: row.totalFen,
      paidFen: row.paidFen,
      postageFen: row.postageFen,
      receiverName: orText(row.receiverName, stored.receiverName),
      receiverPhone: orText(row.receiverPhone, stored.receiverPhone),
      receiverAddress: orText(row.receiverAddress, stored.receiverAddress),
      buyerMessage: orText(row.buyerMessage, stored.buyerMessage),
      courier: orText(row.courier, stored.courier),
      trackingNo: orText(row.trackingNo, stored.trackingNo),
      orderedAt: orTime(row.orderedAt, stored.orderedAt),
      paidAt: orTime(row.paidAt, stored.paidAt),
      shippedAt: estimatedShippedAt(row, status, stored.shippedAt, now),
      // A note without a flag tag leaves the flag the agent set.
      remark: row.remark?.remark ?? stored.remark,
      remarkFlag: row.remark ? (row.remark.flag ?? stored.remarkFlag) : stored.remarkFlag,
    };
    const changes: string[] = COMPARED_FIELDS.filter((field) => next[field] !== stored[field]);
    const set: Partial<OrderInsert> = Object.fromEntries(
      changes.map((field) => [field, next[field as keyof typeof next]]),
    );
    if (row.itemTitle !== '') {
      const itemFields = { title: row.itemTitle, quantity: row.quantity, priceFen: row.goodsFen };
      if (!item) {
        writes.itemInserts.push({
          id: ids.orderItem(stored.id, 1, false),
          shopId,
          scope: 'team',
          createdAt: now,
          updatedAt: now,
          orderId: stored.id,
          ...itemFields,
        });
        changes.push('items');
      } else if (
        item.title !== itemFields.title ||
        item.quantity !== itemFields.quantity ||
        item.priceFen !== itemFields.priceFen
      ) {
        writes.itemUpdates.push({ id: item.id, set: { ...itemFields, updatedAt: now } });
        changes.push('items');
      }
    }
    if (changes.length === 0) {
      report.unchanged += 1;
      return;
    }
    if (changes.includes('remark') || changes.includes('remarkFlag')) {
      writes.remarkInserts.push(remarkHistory(stored.id, row));
    }
    writes.orderUpdates.push({ id: stored.id, set: { ...set, importedAt: now, updatedAt: now } });
    report.toUpdate.push({ row: row.row, orderNo: row.orderNo, changes });
    report.changedOrderIds.push(stored.id);
  }

  function planChunk(rows: readonly OrderFileRow[], lookup: ChunkLookup): ChunkWrites {
    const writes: ChunkWrites = {
      customerInserts: [],
      customerUpdates: [],
      orderInserts: [],
      orderUpdates: [],
      itemInserts: [],
      itemUpdates: [],
      remarkInserts: [],
    };
    const pending: PendingCustomers = { inserts: new Map(), updates: new Map() };
    for (const row of rows) {
      const customerId = linkCustomer(row, lookup, pending);
      const stored = lookup.orders.get(row.orderNo);
      if (stored) updateOrder(row, stored, lookup.items.get(stored.id), customerId, writes);
      else addOrder(row, customerId, writes);
    }
    writes.customerInserts = [...pending.inserts.values()];
    writes.customerUpdates = [...pending.updates.values()];
    return writes;
  }

  return { planChunk, report: () => report };
}
