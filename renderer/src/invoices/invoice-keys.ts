/**
 * Keys on the 发票 list, decided apart from React: ↑/↓ move to the previous or next invoice (its
 * detail opens beside the list), / jumps to the search box. Never while an IME composes, never
 * with a modifier, and never while focus is in a text field (typing "/" in a note is typing).
 */
import { isImeComposing, type KeyEventLike } from '../ui/ime';

export interface InvoiceKeyEvent extends KeyEventLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export type InvoiceKeyAction = { kind: 'move'; by: 1 | -1 } | { kind: 'search' };

export function invoiceKeyAction(event: InvoiceKeyEvent, inTextField: boolean): InvoiceKeyAction | null {
  if (isImeComposing(event) || inTextField) return null;
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.key === 'ArrowDown') return { kind: 'move', by: 1 };
  if (event.key === 'ArrowUp') return { kind: 'move', by: -1 };
  if (event.key === '/') return { kind: 'search' };
  return null;
}

/** The row after a move, staying on the list's ends; from no selection ↓ starts at the top. */
export function movedIndex(current: number, by: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return by === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + by));
}
