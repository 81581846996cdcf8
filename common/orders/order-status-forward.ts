/**
 * The server's order status rule for synced writes (DESIGN.md "Sync protocol": business rules
 * for order status transitions). Status only moves forward along unpaid → paid → shipped →
 * completed, may end in closed from any unfinished step, and never leaves completed or closed.
 * Skipping steps is allowed: an offline agent may have seen only a later platform export.
 */
export const ORDER_STATUS_ORDER = ['unpaid', 'paid', 'shipped', 'completed', 'closed'] as const;
export type SyncedOrderStatus = (typeof ORDER_STATUS_ORDER)[number];

const isFinal = (status: SyncedOrderStatus): boolean => status === 'completed' || status === 'closed';

/** Whether a synced write may change an order's status from `from` to `to` (same status: yes). */
export function mayMoveOrderStatus(from: SyncedOrderStatus, to: SyncedOrderStatus): boolean {
  if (from === to) return true;
  if (isFinal(from)) return false;
  return ORDER_STATUS_ORDER.indexOf(to) > ORDER_STATUS_ORDER.indexOf(from);
}
