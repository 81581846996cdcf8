import { describe, expect, it } from 'vitest';
import { mayMoveOrderStatus } from './order-status-forward';

describe('mayMoveOrderStatus', () => {
  it('moves forward, skipping steps, and closes any unfinished order', () => {
    expect(mayMoveOrderStatus('unpaid', 'paid')).toBe(true);
    expect(mayMoveOrderStatus('unpaid', 'completed')).toBe(true);
    expect(mayMoveOrderStatus('shipped', 'closed')).toBe(true);
    expect(mayMoveOrderStatus('paid', 'paid')).toBe(true);
  });

  it('never moves backward or out of completed and closed', () => {
    expect(mayMoveOrderStatus('shipped', 'paid')).toBe(false);
    expect(mayMoveOrderStatus('paid', 'unpaid')).toBe(false);
    expect(mayMoveOrderStatus('completed', 'closed')).toBe(false);
    expect(mayMoveOrderStatus('closed', 'unpaid')).toBe(false);
    expect(mayMoveOrderStatus('closed', 'completed')).toBe(false);
  });
});
