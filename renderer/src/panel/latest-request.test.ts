import { describe, expect, it } from 'vitest';
import { createLatestRequest } from './latest-request';

describe('createLatestRequest', () => {
  it('keeps only the newest request current', () => {
    const latest = createLatestRequest();
    const first = latest.begin();
    expect(first()).toBe(true);
    const second = latest.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });
});
