import { describe, expect, it } from 'vitest';
import { splitList } from './customer-labels';

describe('splitList', () => {
  it('splits tags on ASCII and Chinese separators and drops blanks', () => {
    expect(splitList('老客户, 爱砍价、 VIP；；送礼')).toEqual(['老客户', '爱砍价', 'VIP', '送礼']);
  });

  it('splits lines only, when asked (addresses contain commas)', () => {
    expect(splitList('浙江省 杭州市, 西湖区\n\n 江苏省 南京市 ', true)).toEqual([
      '浙江省 杭州市, 西湖区',
      '江苏省 南京市',
    ]);
  });
});
