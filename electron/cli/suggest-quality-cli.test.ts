/**
 * Issue 15 "Done means": `kefu phrases suggest --file` on the dev set prints the same Hit@3 as
 * bench/suggest.ts. The CLI runs on a desk set up in Chinese (the default zh-CN pack seeded, no
 * learned questions); the bench ranks the same pack in-process with the same engine.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEV_SET,
  engineRanker,
  packLibrary,
  qualityOf,
  readLabelledQuestions,
} from '../../bench/support/suggest-quality';
import { kefu, setUpShop } from './cli-test-harness';

interface Answer {
  question: string;
  hits: { phrase: { shortcut: string } }[];
}

describe('kefu phrases suggest --file on the dev set', () => {
  it('prints rankings whose Hit@3 equals the bench’s, question by question', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-suggest-quality-'));
    setUpShop(dir);
    const labelled = readLabelledQuestions(readFileSync(DEV_SET, 'utf8'));

    const run = kefu(dir, 'phrases', 'suggest', '--file', fileURLToPath(DEV_SET), '--limit', '3', '--json');
    expect(run.err).toBe('');
    const answers = JSON.parse(run.out) as Answer[];
    expect(answers.map((a) => a.question)).toEqual(labelled.map((l) => l.question));
    const fromCli = qualityOf(
      labelled,
      answers.map((a) => a.hits.map((hit) => hit.phrase.shortcut)),
    );

    const rank = engineRanker(packLibrary(true));
    const fromBench = qualityOf(
      labelled,
      labelled.map((l) => rank(l.question).slice(0, 3)),
    );

    expect(fromCli.questions).toBe(54);
    expect(fromCli.hitAt3).toBe(fromBench.hitAt3);
    expect(fromCli.hitAt1).toBe(fromBench.hitAt1);
    console.log(
      `dev set via the CLI: Hit@1 ${fromCli.hitAt1}, Hit@3 ${fromCli.hitAt3} (bench: ${fromBench.hitAt3})`,
    );
  });
});
