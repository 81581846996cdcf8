/**
 * Decides what an order file does to the store: which orders are new, which change (and which
 * fields), which stay as they are, which customers appear. The same planner serves the dry run
 * and the write, chunk by chunk, so both report the same thing; it remembers the customers it
 * has planned so that a buyer's second order in a later chunk links to the same customer.
 * The writes are those of the whole file, taken once every chunk is planned: a customer then
 * goes in with all the phones and addresses the file gives it, in one insert. They leave out the
 * write's time (created/updated/imported at), which the write stamps: a dry run's plan is kept
 * and written as it is when nothing changed in the store meanwhile (order-import.ts).
 */
import type { customers, orderItems, orderRemarks, orders } from '../../../db/schema';
import type { OrderFileRow } from './order-row-read';
import { canTransition } from './order-status-rules';
import { naturalIds } from '../natural-id';
import type { NaturalIdClaim } from '../natural-id-claim';
import { importedInvoice, type ImportedInvoiceInsert } from '../invoices/imported-invoice';

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
  /** Order numbers with an invoice row, live or deleted: the import leaves their invoices alone. */
  invoicedOrderNos: ReadonlySet<string>;
}

/** Columns the write fills with its own time. */
type Stamped = 'createdAt' | 'updatedAt' | 'importedAt';

export interface ImportWrites {
  customerInserts: Omit<CustomerInsert, Stamped>[];
  customerUpdates: CustomerListsUpdate[];
  orderInserts: Omit<OrderInsert, Stamped>[];
  orderUpdates: { id: string; set: Partial<Omit<OrderInsert, Stamped>> }[];
  itemInserts: Omit<OrderItemInsert, Stamped>[];
  itemUpdates: { id: string; set: Partial<Omit<OrderItemInsert, Stamped>> }[];
  remarkInserts: Omit<OrderRemarkInsert, Stamped>[];
  /** 待开 requests for the file's 发票抬头 (invoices/imported-invoice.ts). */
  invoiceInserts: ImportedInvoiceInsert[];
}

interface CustomerListsUpdate {
  id: string;
  phones: string[];
  addresses: string[];
}

/**
 * Rows listed per kind of change: enough to check a file by eye, while a month's export of
 * 100,000 orders still travels to the screen as counts plus a page, not 100,000 table rows.
 */
export const LISTED_CHANGES = 500;

export interface OrderImportReportRows {
  added: number;
  updated: number;
  /** The first LISTED_CHANGES orders added, in file order. */
  toAdd: { row: number; orderNo: string; buyerNick: string; status: string }[];
  /** The first LISTED_CHANGES orders changed, in file order. */
  toUpdate: { row: number; orderNo: string; changes: string[] }[];
  unchanged: number;
  customersToCreate: number;
  /** 待开 invoice requests the file's 发票抬头 column adds. */
  invoicesToCreate: number;
}

export interface PlannerContext {
  shopId: string;
  /** The importing agent: who collected the invoice requests the file brings. */
  agentId: string;
  /** 工号 of the importing agent: the author of remarks whose note names none. */
  agentCode: string;
  now: number;
  newId: () => string;
  /** Ids of the rows an import adds (importRowIds). */
  ids: ImportRowIds;
}

export interface ImportRowIds {
  customer(nick: string): string;
  order(orderNo: string): string;
  /** `newOrder`: the order is added by this import, so nothing can hold its lines' ids yet. */
  orderItem(orderId: string, line: number, newOrder: boolean): string;
  invoice(orderNo: string): string;
}

/**
 * Natural ids (natural-id.ts) for what an import writes, so two desks importing the same export
 * converge. The dry run names its rows too: its plan is what the write writes.
 */
export function importRowIds(shopId: string, claimId: NaturalIdClaim): ImportRowIds {
  return {
    customer: (nick) => claimId('customers', naturalIds.customer(shopId, 'taobao', nick)),
    order: (orderNo) => claimId('orders', naturalIds.order(shopId, 'taobao', orderNo)),
    orderItem: (orderId, line, newOrder) => {
      const natural = naturalIds.orderItem(shopId, orderId, line);
      return newOrder ? natural : claimId('order_items', natural);
    },
    invoice: (orderNo) => claimId('invoices', naturalIds.importedInvoice(shopId, orderNo)),
  };
}

interface KnownCustomer {
  id: string;
  /** The lists as the import leaves them; a planned insert or update holds these very arrays. */
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
  const { shopId, agentId, agentCode, now, newId, ids } = context;
  const known = new Map<string, KnownCustomer>();
  const report: OrderImportReportRows = {
    added: 0,
    updated: 0,
    toAdd: [],
    toUpdate: [],
    unchanged: 0,
    customersToCreate: 0,
    invoicesToCreate: 0,
  };
  /** Ids of orders added or changed, for the change listeners. */
  const changedOrderIds: string[] = [];
  const writes: Omit<ImportWrites, 'customerInserts' | 'customerUpdates'> = {
    orderInserts: [],
    orderUpdates: [],
    itemInserts: [],
    itemUpdates: [],
    remarkInserts: [],
    invoiceInserts: [],
  };
  /** By customer id, so a buyer with many orders is written once. */
  const customerInserts = new Map<string, ImportWrites['customerInserts'][number]>();
  const customerUpdates = new Map<string, CustomerListsUpdate>();

  function linkCustomer(row: OrderFileRow, lookup: ChunkLookup): string | null {
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
        customerInserts.set(customer.id, {
          id: customer.id,
          shopId,
          scope: 'team',
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
    // A customer this import adds goes in with its lists (the insert holds them); a stored one
    // gets one update.
    if ((addPhone || addAddress) && !customerInserts.has(customer.id)) {
      customerUpdates.set(customer.id, {
        id: customer.id,
        phones: customer.phones,
        addresses: customer.addresses,
      });
    }
    return customer.id;
  }

  function remarkHistory(orderId: string, row: OrderFileRow): ImportWrites['remarkInserts'][number] {
    const note = row.remark!;
    return {
      id: newId(),
      shopId,
      scope: 'team',
      orderId,
      remark: note.remark,
      flag: note.flag,
      reason: note.reason,
      agentCode: note.agentCode ?? agentCode,
      remarkedAt: note.remarkedAt ?? now,
    };
  }

  /** Returns the new order's id. */
  function addOrder(row: OrderFileRow, customerId: string | null): string {
    report.added += 1;
    if (report.toAdd.length < LISTED_CHANGES) {
      report.toAdd.push({ row: row.row, orderNo: row.orderNo, buyerNick: row.buyerNick, status: row.status });
    }
    const id = ids.order(row.orderNo);
    writes.orderInserts.push({
      id,
      shopId,
      scope: 'team',
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
    });
    if (row.itemTitle !== '') {
      writes.itemInserts.push({
        id: ids.orderItem(id, 1, true),
        shopId,
        scope: 'team',
        orderId: id,
        title: row.itemTitle,
        quantity: row.quantity,
        // The export gives one goods amount per order; its single item line carries it.
        priceFen: row.goodsFen,
      });
    }
    if (row.remark) writes.remarkInserts.push(remarkHistory(id, row));
    changedOrderIds.push(id);
    return id;
  }

  function updateOrder(
    row: OrderFileRow,
    stored: OrderRow,
    item: OrderItemRow | undefined,
    customerId: string | null,
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
    const set: ImportWrites['orderUpdates'][number]['set'] = Object.fromEntries(
      changes.map((field) => [field, next[field as keyof typeof next]]),
    );
    if (row.itemTitle !== '') {
      const itemFields = { title: row.itemTitle, quantity: row.quantity, priceFen: row.goodsFen };
      if (!item) {
        writes.itemInserts.push({
          id: ids.orderItem(stored.id, 1, false),
          shopId,
          scope: 'team',
          orderId: stored.id,
          ...itemFields,
        });
        changes.push('items');
      } else if (
        item.title !== itemFields.title ||
        item.quantity !== itemFields.quantity ||
        item.priceFen !== itemFields.priceFen
      ) {
        writes.itemUpdates.push({ id: item.id, set: itemFields });
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
    writes.orderUpdates.push({ id: stored.id, set });
    report.updated += 1;
    if (report.toUpdate.length < LISTED_CHANGES) {
      report.toUpdate.push({ row: row.row, orderNo: row.orderNo, changes });
    }
    changedOrderIds.push(stored.id);
  }

  /**
   * A 发票抬头 makes one 待开 request per order, once: an order that has (or had) an invoice is
   * left alone, so re-importing the file adds nothing and never resets a request someone moved
   * on. A closed order (交易关闭) has nothing to invoice.
   */
  function planInvoice(
    row: OrderFileRow,
    order: { id: string; customerId: string | null },
    lookup: ChunkLookup,
  ) {
    if (row.invoiceTitle === '' || row.status === 'closed' || lookup.invoicedOrderNos.has(row.orderNo))
      return;
    report.invoicesToCreate += 1;
    writes.invoiceInserts.push(
      importedInvoice({
        id: ids.invoice(row.orderNo),
        shopId,
        agentId,
        now,
        orderId: order.id,
        orderNo: row.orderNo,
        customerId: order.customerId,
        buyerNick: row.buyerNick,
        paidFen: row.paidFen,
        title: row.invoiceTitle,
      }),
    );
  }

  function planChunk(rows: readonly OrderFileRow[], lookup: ChunkLookup): void {
    for (const row of rows) {
      const customerId = linkCustomer(row, lookup);
      const stored = lookup.orders.get(row.orderNo);
      if (stored) {
        updateOrder(row, stored, lookup.items.get(stored.id), customerId);
        planInvoice(row, { id: stored.id, customerId: customerId ?? stored.customerId }, lookup);
      } else {
        planInvoice(row, { id: addOrder(row, customerId), customerId }, lookup);
      }
    }
  }

  return {
    planChunk,
    report: () => report,
    changedOrderIds: () => changedOrderIds,
    /** Everything the planned chunks write; complete once the last chunk is planned. */
    writes: (): ImportWrites => ({
      customerInserts: [...customerInserts.values()],
      customerUpdates: [...customerUpdates.values()],
      ...writes,
    }),
  };
}
