/** The Taobao sample export (GBK) and files made from it, for the order import's tests. */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';

export const TAOBAO_FIXTURE = readFileSync(
  new URL('../orders/fixtures/taobao-orders-sample.csv', import.meta.url),
);

/** The fixture's first order repeated under `count` order numbers: a file big enough to take a while. */
export function manyTaobaoOrders(count: number): Buffer {
  const [header, first] = iconv.decode(TAOBAO_FIXTURE, 'gbk').split(/\r?\n/);
  const lines = [header!];
  for (let i = 0; i < count; i += 1) {
    lines.push(first!.replace('3321009876543210001', String(3_321_000_000_000_000_000n + BigInt(i))));
  }
  return iconv.encode(lines.join('\r\n'), 'gbk');
}
