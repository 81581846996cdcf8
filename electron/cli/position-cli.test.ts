/**
 * `kefu setup --position`, through the real bin: the 岗位 picks the day's checklist; a position
 * the desk does not know is refused naming --position, with nothing set up.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kefu } from './cli-test-harness';

const SETUP = [
  'setup',
  '--name',
  '小王',
  '--code',
  'KF003',
  '--shop',
  '小鹿家居旗舰店',
  '--free-shipping',
  '99',
];

describe('kefu setup --position', () => {
  it('sets up an 订单专员, whose checklist is the order desk’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-position-cli-'));
    const setUp = kefu(dir, ...SETUP, '--position', 'orderDesk');
    expect(setUp.err).toBe('');
    expect(setUp.code).toBe(0);
    const today = kefu(dir, 'checklist', 'today');
    expect(today.code).toBe(0);
    expect(today.out).toContain('漏单排查');
    expect(today.out).toContain('发票汇总');
    expect(today.out).not.toContain('催付');
  });

  it('refuses an unknown position naming the option, and sets nothing up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-position-cli-'));
    const refused = kefu(dir, ...SETUP, '--position', 'manager');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--position: 请选择岗位：售前、售后或订单专员');
    expect(kefu(dir, 'checklist', 'today').code).toBe(1);
  });
});
