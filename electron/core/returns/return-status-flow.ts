/**
 * Where a return case may go next. Goods come back before money or a replacement goes out;
 * 仅退款 has no goods to wait for; any open case can be closed (buyer withdrew, platform ruled).
 */
import type { RETURN_KINDS, RETURN_STATUSES } from '../../../db/enums';
import { AppError } from '../app-error';

export type ReturnKind = (typeof RETURN_KINDS)[number];
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

const GOODS_BACK_FLOW: Partial<Record<ReturnStatus, readonly ReturnStatus[]>> = {
  registered: ['awaitingReturn'],
  awaitingReturn: ['received'],
  // A return can end in an exchange and an exchange in money back when the size is sold out.
  received: ['refunded', 'exchanged'],
};

const NEXT: Record<ReturnKind, Partial<Record<ReturnStatus, readonly ReturnStatus[]>>> = {
  return: GOODS_BACK_FLOW,
  exchange: GOODS_BACK_FLOW,
  refundOnly: { registered: ['refunded'] },
};

export function canMoveReturn(kind: ReturnKind, from: ReturnStatus, to: ReturnStatus): boolean {
  if (to === 'closed') return from !== 'closed';
  return NEXT[kind][from]?.includes(to) ?? false;
}

/** The statuses the UI offers as next steps. */
export function nextReturnStatuses(kind: ReturnKind, from: ReturnStatus): ReturnStatus[] {
  return [...(NEXT[kind][from] ?? []), ...(from === 'closed' ? [] : (['closed'] as const))];
}

export function assertReturnMove(kind: ReturnKind, from: ReturnStatus, to: ReturnStatus): void {
  if (!canMoveReturn(kind, from, to)) {
    throw new AppError('conflict', 'errors.return.badTransition', { from, to });
  }
}
