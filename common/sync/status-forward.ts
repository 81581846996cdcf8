/**
 * The server's status rules for synced writes (DESIGN.md "Sync protocol": business rules for
 * status transitions), one per table whose status only moves forward. Each allows skipping steps:
 * an offline desk may have seen only a later state, and its outbox may carry only the last one.
 */
import { mayMoveInvoiceStatus } from '../invoices/invoice-flow';
import type { InvoiceStatus } from '../invoices/invoice-types';
import { mayMoveOrderStatus, type SyncedOrderStatus } from '../orders/order-status-forward';
import type { SyncTable } from './sync-tables';

const ESCALATION_ORDER = ['open', 'answered', 'taken_over', 'closed'];

/**
 * Once answered or taken over a case never waits again; the supervisor may take over a case
 * they answered; closed is final.
 */
function mayMoveEscalationStatus(from: string, to: string): boolean {
  if (from === to) return true;
  if (from === 'closed') return false;
  return ESCALATION_ORDER.indexOf(to) > ESCALATION_ORDER.indexOf(from);
}

const RULES: Partial<Record<SyncTable, { noun: string; mayMove: (from: string, to: string) => boolean }>> = {
  orders: {
    noun: 'order',
    mayMove: (from, to) => mayMoveOrderStatus(from as SyncedOrderStatus, to as SyncedOrderStatus),
  },
  invoices: {
    noun: 'invoice',
    mayMove: (from, to) => mayMoveInvoiceStatus(from as InvoiceStatus, to as InvoiceStatus),
  },
  escalations: { noun: 'escalation', mayMove: mayMoveEscalationStatus },
};

/** A write moving `table`'s status from `from` to `to` against its rule: what to say, or null when allowed. */
export function statusBackward(table: SyncTable, id: string, from: unknown, to: unknown): string | null {
  const rule = RULES[table];
  if (!rule || typeof from !== 'string' || typeof to !== 'string' || rule.mayMove(from, to)) return null;
  return `status: ${rule.noun} ${id} cannot go from ${from} back to ${to}.`;
}
