import { describe, expect, it } from 'vitest';
import { hashOf, locationOfHash, pageOfHash } from './nav-items';

describe('pageOfHash', () => {
  it('opens the pages that exist and falls back to Settings', () => {
    expect(pageOfHash('#/phrases')).toBe('phrases');
    expect(pageOfHash('#/settings')).toBe('settings');
    expect(pageOfHash('#/orders')).toBe('orders');
    expect(pageOfHash('#/orders/returns?day=2026-11-24')).toBe('orders');
    expect(pageOfHash('#/tasks')).toBe('tasks');
    expect(pageOfHash('#/invoices/summary?unit=week')).toBe('invoices');
    expect(pageOfHash('#/customers?id=x')).toBe('customers');
    expect(pageOfHash('#/today')).toBe('today');
    expect(pageOfHash('#/reports?from=2026-11-01&to=2026-11-24')).toBe('reports');
    expect(pageOfHash('')).toBe('settings');
  });
});

describe('locationOfHash / hashOf', () => {
  it('splits the sub-path and the parameters', () => {
    const location = locationOfHash('#/orders/returns?day=2026-11-24');
    expect(location.page).toBe('orders');
    expect(location.path).toEqual(['returns']);
    expect(location.params.get('day')).toBe('2026-11-24');
    expect(locationOfHash('#/tasks').path).toEqual([]);
  });

  it('round-trips through hashOf and drops empty parameters', () => {
    const hash = hashOf('customers', [], { id: 'a b', q: '' });
    expect(hash).toBe('#/customers?id=a+b');
    expect(locationOfHash(hash).params.get('id')).toBe('a b');
    expect(hashOf('orders', ['returns'])).toBe('#/orders/returns');
  });
});
