import { describe, expect, it } from 'vitest';
import { paramsOfRange, rangeOfParams } from './report-range';

const TODAY = '2026-11-24';

describe('rangeOfParams', () => {
  it('defaults to today for the signed-in agent', () => {
    expect(rangeOfParams(new URLSearchParams(''), TODAY)).toEqual({
      from: TODAY,
      to: TODAY,
      agentCode: null,
    });
  });

  it('reads a range and an agent, and ignores a day that does not exist', () => {
    expect(rangeOfParams(new URLSearchParams('from=2026-11-01&to=2026-11-20&agent=KF002'), TODAY)).toEqual({
      from: '2026-11-01',
      to: '2026-11-20',
      agentCode: 'KF002',
    });
    expect(rangeOfParams(new URLSearchParams('from=2026-02-30&to=2026-11-20'), TODAY).from).toBe(
      '2026-11-20',
    );
  });
});

describe('paramsOfRange', () => {
  it('leaves today and the signed-in agent out of the hash, and round-trips a range', () => {
    expect(paramsOfRange({ from: TODAY, to: TODAY, agentCode: null }, TODAY)).toEqual({
      from: '',
      to: '',
      agent: '',
    });
    const range = { from: '2026-11-01', to: '2026-11-03', agentCode: 'KF002' };
    const params = new URLSearchParams(
      Object.entries(paramsOfRange(range, TODAY)).filter(([, value]) => value !== ''),
    );
    expect(rangeOfParams(params, TODAY)).toEqual(range);
  });
});
