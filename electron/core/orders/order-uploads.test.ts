import { describe, expect, it } from 'vitest';
import { createOrderUploads } from './order-uploads';

const bytes = (...values: number[]) => new Uint8Array(values);

function uploads(limits = { maxBytes: 10, maxFiles: 2, idleMs: 1000 }) {
  const clock = { at: 0, now: () => clock.at };
  return { clock, store: createOrderUploads(clock, limits) };
}

describe('order file uploads', () => {
  it('joins the pieces in order and takes a retried piece once', () => {
    const { store } = uploads();
    expect(store.append('a', 0, bytes(1, 2, 3))).toBe(3);
    expect(store.append('a', 0, bytes(1, 2, 3))).toBe(3);
    expect(store.append('a', 3, bytes(4, 5))).toBe(5);
    expect([...store.bytes('a')]).toEqual([1, 2, 3, 4, 5]);
    // Still there for the write that follows the dry run; gone once it is spent.
    expect(store.bytes('a')).toHaveLength(5);
    store.drop('a');
    expect(() => store.bytes('a')).toThrow(
      expect.objectContaining({ messageKey: 'validation.orderImport.uploadGone' }),
    );
  });

  it('refuses a piece out of order, a file over the limit, and a piece for an unknown upload', () => {
    const { store } = uploads();
    store.append('a', 0, bytes(1, 2));
    expect(() => store.append('a', 5, bytes(3))).toThrow(
      expect.objectContaining({
        messageKey: 'validation.orderImport.uploadOutOfOrder',
        details: { expected: 2, offset: 5 },
      }),
    );
    expect(() => store.append('a', 2, new Uint8Array(9))).toThrow(
      expect.objectContaining({ messageKey: 'validation.orderImport.tooLarge' }),
    );
    // The oversized file is dropped, not kept half.
    expect(() => store.bytes('a')).toThrow(
      expect.objectContaining({ messageKey: 'validation.orderImport.uploadGone' }),
    );
    expect(() => store.append('b', 4, bytes(1))).toThrow(
      expect.objectContaining({ messageKey: 'validation.orderImport.uploadGone' }),
    );
  });

  it('keeps a few files at a time, and none left idle too long', () => {
    const { store, clock } = uploads();
    store.append('a', 0, bytes(1));
    clock.at = 10;
    store.append('b', 0, bytes(2));
    clock.at = 20;
    store.append('c', 0, bytes(3));
    expect(() => store.bytes('a')).toThrow(
      expect.objectContaining({ messageKey: 'validation.orderImport.uploadGone' }),
    );
    expect([...store.bytes('b')]).toEqual([2]);
    clock.at = 2000;
    expect(() => store.bytes('c')).toThrow(
      expect.objectContaining({ messageKey: 'validation.orderImport.uploadGone' }),
    );
  });
});
