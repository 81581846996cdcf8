import { describe, expect, it } from 'vitest';
import { pageOfHash } from './nav-items';

describe('pageOfHash', () => {
  it('opens the pages that exist and falls back to Settings', () => {
    expect(pageOfHash('#/phrases')).toBe('phrases');
    expect(pageOfHash('#/settings')).toBe('settings');
    expect(pageOfHash('#/orders')).toBe('settings');
    expect(pageOfHash('')).toBe('settings');
  });
});
