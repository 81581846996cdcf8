/**
 * Every message of the real `kefu` bin ends with a newline, and whatever explains a refusal is on
 * stderr: a script's `> file` keeps only results, and the next output starts on its own line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kefu, setUpShop } from './cli-test-harness';

const NOTHING_WRITTEN = '文件中有无效的行，未写入任何内容\n';

/** Each stream is empty or ends with one newline. */
function expectEndedLines(run: { out: string; err: string }) {
  for (const stream of [run.out, run.err]) {
    if (stream !== '') expect(stream.endsWith('\n') && !stream.endsWith('\n\n')).toBe(true);
  }
}

describe('kefu output', () => {
  it('a refused import explains itself on stderr only, each message on its own lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-output-'));
    setUpShop(dir);
    const phrases = join(dir, 'phrases.csv');
    writeFileSync(phrases, '分组,快捷编码,短语内容\n售前,fh,\n');
    const orders = join(dir, 'orders.csv');
    writeFileSync(orders, '订单编号,买家会员名,订单状态,总金额\n1001,甲,已退款,1.00\n');

    for (const [kind, file, problem] of [
      ['phrases', phrases, '第 2 行 短语内容: 短语内容为空'],
      ['orders', orders, '第 2 行 订单状态: 无法识别的订单状态“已退款”'],
    ] as const) {
      const text = kefu(dir, kind, 'import', file);
      expect(text.code).toBe(1);
      expect(text.out).toBe('');
      expect(text.err).toContain(problem);
      expect(text.err.endsWith(`\n${NOTHING_WRITTEN}`)).toBe(true);
      expectEndedLines(text);

      const json = kefu(dir, kind, 'import', file, '--json');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.out)).toMatchObject({ written: false });
      expect(json.err).toBe(NOTHING_WRITTEN);
      expectEndedLines(json);
    }
  }, 60_000);

  it('results, refusals and usage errors all end with a newline', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'kefu-cli-output-'));
    const notSetUp = kefu(fresh, 'tasks', 'list');
    expect(notSetUp.code).toBe(1);
    expect(notSetUp.out).toBe('');
    expect(notSetUp.err).toMatch(/尚未完成首次设置.*\n$/);

    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-output-'));
    setUpShop(dir);
    for (const args of [
      ['settings', 'set', 'language', 'zh-CN'],
      ['settings', 'get'],
      ['orders', 'list'],
      ['phrases', 'search', 'fh'],
      ['orders', 'list', '--limit', '0'],
      ['orders', 'list', '--bogus'],
      ['no-such-command'],
    ]) {
      const run = kefu(dir, ...args);
      expect(run.out + run.err, args.join(' ')).not.toBe('');
      expectEndedLines(run);
    }
  }, 60_000);
});
