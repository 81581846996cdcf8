import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { kefu, setUpShop } from './cli-test-harness';

type Answer = {
  question: string;
  hits: { phrase: { shortcut: string }; score: number; why: { intents: string[]; words: string[] } }[];
};

describe('kefu phrases suggest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-suggest-'));
  setUpShop(dir);

  it("prints a buyer question's suggested replies numbered, with title, 快捷编码 and why", () => {
    const run = kefu(dir, 'phrases', 'suggest', '亲 今天拍什么时候能发货呀');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const lines = run.out.trimEnd().split('\n');
    expect(lines[0]).toBe('亲 今天拍什么时候能发货呀');
    expect(lines.slice(1)).toHaveLength(3);
    expect(lines[1]).toMatch(/^ 1\. 发货时间 \[fh\] \(售前咨询\) {2}情境：发货时间/);
  });

  it('reads a GBK file, one question a line (blank lines skipped, a tab ends the question), and prints JSON with phrases as search prints them', () => {
    const file = join(dir, 'questions.txt');
    writeFileSync(file, iconv.encode('亲 在吗\tnh\r\n\r\n退货的运费谁出呀\r\n', 'gbk'));
    const run = kefu(dir, 'phrases', 'suggest', '--file', file, '--limit', '2', '--json');
    expect(run.code).toBe(0);
    const answers = JSON.parse(run.out) as Answer[];
    expect(answers.map((a) => [a.question, a.hits.length])).toEqual([
      ['亲 在吗', 2],
      ['退货的运费谁出呀', 2],
    ]);
    expect(Object.keys(answers[0]!.hits[0]!)).toEqual(['phrase', 'score', 'why']);
    expect(answers[0]!.hits[0]!.phrase.shortcut).toBe('nh');
    const searched = JSON.parse(kefu(dir, 'phrases', 'search', 'nh', '--json').out) as {
      hits: { phrase: unknown }[];
    };
    expect(answers[0]!.hits[0]!.phrase).toEqual(searched.hits[0]!.phrase);
  });

  it('refuses no question, and both a question and --file, with exit 1', () => {
    const none = kefu(dir, 'phrases', 'suggest');
    expect([none.code, none.err.trim()]).toEqual([1, '请给出买家问题，或用 --file 指定每行一个问题的文件']);
    const both = kefu(dir, 'phrases', 'suggest', '发货', '--file', join(dir, 'questions.txt'));
    expect([both.code, both.err.trim()]).toEqual([1, '买家问题和 --file 只能给一个']);
  });

  it('refuses an empty file and a limit past 10, with exit 1', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n \n');
    const nothing = kefu(dir, 'phrases', 'suggest', '--file', empty);
    expect([nothing.code, nothing.err.trim()]).toEqual([1, `文件 ${empty} 中没有买家问题`]);
    const tooMany = kefu(dir, 'phrases', 'suggest', '发货', '--limit', '11');
    expect(tooMany.code).toBe(1);
    expect(tooMany.err).toContain('limit');
  });
});
