import { describe, expect, it } from 'vitest';
import { leftoverNote } from './leftover-note';

describe('what 今日 says when nothing is left over', () => {
  it('speaks of no yesterday on day one', () => {
    expect(leftoverNote('2026-11-24', null)).toEqual({ kind: 'firstDay' });
  });

  it('says yesterday only when the previous day was yesterday, across a month end', () => {
    expect(leftoverNote('2026-12-01', '2026-11-30')).toEqual({ kind: 'yesterday' });
    expect(leftoverNote('2026-11-30', '2026-11-27')).toEqual({ kind: 'since', day: '2026-11-27' });
  });
});
