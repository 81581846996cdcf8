import { describe, expect, it } from 'vitest';
import { conversionSeries, lossReasonShares, rateChangePoints } from './analysis-series';

const row = (agentCode: string, name: string, day: string, inquiries: number, converted: number) => ({
  agentCode,
  name,
  day,
  inquiries,
  converted,
  lost: inquiries - converted,
  rate: inquiries > 0 ? converted / inquiries : null,
});

describe('conversionSeries', () => {
  it('puts a point per day per agent, a gap where the agent had no inquiries, and the team line from the sums', () => {
    const days = ['2026-12-04', '2026-12-05', '2026-12-06'];
    const series = conversionSeries(
      [
        row('KF007', '林小雨', '2026-12-04', 4, 1),
        row('KF002', '陈一', '2026-12-04', 1, 1),
        row('KF007', '林小雨', '2026-12-06', 3, 2),
        row('KF009', '外', '2026-11-01', 9, 9),
      ],
      days,
      '团队',
    );
    expect(series).toEqual([
      { key: 'KF002', label: '陈一 KF002', points: [100, null, null] },
      { key: 'KF007', label: '林小雨 KF007', points: [25, null, 66.7] },
      { key: 'team', label: '团队', points: [40, null, 66.7] },
    ]);
  });
});

describe('lossReasonShares', () => {
  it('orders reasons by count with their share of the lost inquiries', () => {
    expect(
      lossReasonShares([
        { reason: 'price', count: 1 },
        { reason: 'service', count: 3 },
        { reason: 'outOfStock', count: 0 },
        { reason: 'other', count: 0 },
        { reason: 'none', count: 0 },
      ]),
    ).toEqual([
      { reason: 'service', count: 3, share: 0.75 },
      { reason: 'price', count: 1, share: 0.25 },
      { reason: 'outOfStock', count: 0, share: 0 },
      { reason: 'other', count: 0, share: 0 },
      { reason: 'none', count: 0, share: 0 },
    ]);
    expect(lossReasonShares([{ reason: 'price', count: 0 }])[0]!.share).toBeNull();
  });
});

describe('rateChangePoints', () => {
  it('is the change in percentage points', () => {
    expect(rateChangePoints(0.2, 0.35)).toBe(15);
    expect(rateChangePoints(0.5, 0.25)).toBe(-25);
    expect(rateChangePoints(null, 0.3)).toBeNull();
  });
});
