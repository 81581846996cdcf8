import { describe, expect, it } from 'vitest';
import { canTransition } from './order-status-rules';

describe('order status transitions', () => {
  it.each([
    ['unpaid', 'paid', true],
    ['unpaid', 'closed', true],
    ['unpaid', 'shipped', false],
    ['paid', 'shipped', true],
    ['paid', 'closed', true],
    ['paid', 'unpaid', false],
    ['shipped', 'completed', true],
    ['shipped', 'closed', true],
    ['shipped', 'paid', false],
    ['completed', 'closed', false],
    ['closed', 'paid', false],
    ['closed', 'unpaid', false],
    ['paid', 'paid', false],
  ] as const)('by hand %s → %s: %s', (from, to, allowed) => {
    expect(canTransition(from, to, 'hand')).toBe(allowed);
  });

  it.each([
    ['unpaid', 'shipped', true],
    ['unpaid', 'completed', true],
    ['paid', 'completed', true],
    ['shipped', 'closed', true],
    ['shipped', 'paid', false],
    ['completed', 'closed', false],
    ['closed', 'paid', false],
    ['closed', 'completed', false],
  ] as const)('by import %s → %s: %s', (from, to, allowed) => {
    expect(canTransition(from, to, 'import')).toBe(allowed);
  });
});
