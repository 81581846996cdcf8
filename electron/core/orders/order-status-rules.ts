/**
 * Which order status may follow which. By hand an agent walks the platform's lifecycle one step
 * at a time (交易关闭 never returns to 已付款); an import mirrors a newer platform export, which
 * may skip steps the agent never saw but never goes back.
 */
import type { ORDER_STATUSES } from '../../../db/enums';

export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type TransitionSource = 'hand' | 'import';

const BY_HAND: Record<OrderStatus, readonly OrderStatus[]> = {
  unpaid: ['paid', 'closed'],
  paid: ['shipped', 'closed'],
  shipped: ['completed', 'closed'],
  completed: [],
  closed: [],
};

/** Position along the lifecycle; `closed` ends it from any unfinished step. */
const RANK: Record<OrderStatus, number> = { unpaid: 0, paid: 1, shipped: 2, completed: 3, closed: 4 };

const isFinal = (status: OrderStatus): boolean => status === 'completed' || status === 'closed';

export function canTransition(from: OrderStatus, to: OrderStatus, source: TransitionSource): boolean {
  if (from === to) return false;
  if (source === 'hand') return BY_HAND[from].includes(to);
  return !isFinal(from) && RANK[to] > RANK[from];
}
