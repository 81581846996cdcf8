import { describe, expect, it } from 'vitest';
import { hashOf, hashParams, pageOfHash } from './console-routes';

describe('console routes', () => {
  it('reads the page from the hash, the team page when there is none or an unknown one', () => {
    expect(pageOfHash('#/daily?agent=a1')).toBe('daily');
    expect(pageOfHash('#/agents')).toBe('agents');
    expect(pageOfHash('')).toBe('team');
    expect(pageOfHash('#/nope')).toBe('team');
  });

  it('round-trips parameters', () => {
    const hash = hashOf('daily', { agent: 'KF007', day: '2026-12-06' });
    expect(hash).toBe('#/daily?agent=KF007&day=2026-12-06');
    expect(pageOfHash(hash)).toBe('daily');
    expect(hashParams(hash).get('day')).toBe('2026-12-06');
  });
});
