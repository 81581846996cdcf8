import { describe, expect, it } from 'vitest';
import { invoiceKeyAction, movedIndex, type InvoiceKeyEvent } from './invoice-keys';

const key = (k: string, extra: Partial<InvoiceKeyEvent> = {}): InvoiceKeyEvent => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  nativeEvent: { isComposing: false, keyCode: 0 },
  ...extra,
});

describe('invoiceKeyAction', () => {
  it('moves with the arrows and jumps to the search with /', () => {
    expect(invoiceKeyAction(key('ArrowDown'), false)).toEqual({ kind: 'move', by: 1 });
    expect(invoiceKeyAction(key('ArrowUp'), false)).toEqual({ kind: 'move', by: -1 });
    expect(invoiceKeyAction(key('/'), false)).toEqual({ kind: 'search' });
  });

  it('leaves keys to text fields, modifiers and a composing IME', () => {
    expect(invoiceKeyAction(key('ArrowDown'), true)).toBeNull();
    expect(invoiceKeyAction(key('/'), true)).toBeNull();
    expect(invoiceKeyAction(key('ArrowDown', { ctrlKey: true }), false)).toBeNull();
    expect(invoiceKeyAction(key('ArrowDown', { nativeEvent: { keyCode: 229 } }), false)).toBeNull();
  });
});

describe('movedIndex', () => {
  it('stays within the list and starts from an end when nothing is selected', () => {
    expect(movedIndex(-1, 1, 3)).toBe(0);
    expect(movedIndex(-1, -1, 3)).toBe(2);
    expect(movedIndex(2, 1, 3)).toBe(2);
    expect(movedIndex(0, -1, 3)).toBe(0);
    expect(movedIndex(1, 1, 3)).toBe(2);
    expect(movedIndex(0, 1, 0)).toBe(-1);
  });
});
