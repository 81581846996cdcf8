import { describe, expect, it } from 'vitest';
import { withoutBuyerIds } from './buyer-ids';

describe('withoutBuyerIds', () => {
  it('drops nicks, mentions and letter-digit numbers whole', () => {
    expect(
      withoutBuyerIds('tb_lily1988 问下 @小花花 单号JD0012345ABC 到哪了').split(/\s+/).filter(Boolean),
    ).toEqual(['问下', '单号', '到哪了']);
    expect(withoutBuyerIds('我是 lily_88')).toBe('我是  ');
  });

  it('keeps sizes, volumes and plain words a buyer asks with', () => {
    expect(withoutBuyerIds('2xl的有吗 5l够用吗 xxl呢 iphone能用吗')).toBe(
      '2xl的有吗 5l够用吗 xxl呢 iphone能用吗',
    );
  });
});
