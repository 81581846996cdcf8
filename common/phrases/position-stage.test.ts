import { describe, expect, it } from 'vitest';
import { panelStageFor, stageFirst } from './position-stage';

describe('the panel stage a position opens on', () => {
  it('售前 → 售前, 售后 → 售后, 订单专员 → 售中 (orders and logistics), none → none', () => {
    expect(panelStageFor('presale')).toBe('presale');
    expect(panelStageFor('aftersale')).toBe('aftersale');
    expect(panelStageFor('orderDesk')).toBe('insale');
    expect(panelStageFor(null)).toBeNull();
  });

  it('lists the stage first and keeps each part in its order', () => {
    const rows = [
      { id: 'greet', stage: 'presale' },
      { id: 'ship', stage: 'insale' },
      { id: 'return', stage: 'aftersale' },
      { id: 'track', stage: 'insale' },
      { id: 'thanks', stage: 'general' },
    ];
    const ids = (stage: Parameters<typeof stageFirst>[1]) =>
      stageFirst(rows, stage, (r) => r.stage).map((r) => r.id);
    expect(ids('insale')).toEqual(['ship', 'track', 'greet', 'return', 'thanks']);
    expect(ids('aftersale')).toEqual(['return', 'greet', 'ship', 'track', 'thanks']);
    expect(ids(null)).toEqual(['greet', 'ship', 'return', 'track', 'thanks']);
  });
});
