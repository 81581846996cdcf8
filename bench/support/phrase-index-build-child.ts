/**
 * One process of bench/phrase-index-build.ts: builds the 10,000-phrase index of the phrase
 * benches with the common/phrases in the folder given (default: this tree's) a few times, as
 * bench/phrase-search.ts does, and prints the wall and CPU times as JSON.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { buildPhraseIndex as BuildPhraseIndex } from '../../common/phrases/phrase-search';
import { createPhraseCorpus } from './phrase-corpus';

const BUILDS = 5;
const SEED = 20250601;
const dir = process.argv[2] ?? fileURLToPath(new URL('../../common/phrases', import.meta.url));
const { buildPhraseIndex } = (await import(resolve(dir, 'phrase-search.ts'))) as {
  buildPhraseIndex: typeof BuildPhraseIndex;
};
const phrases = createPhraseCorpus(SEED).generatePhrases(10_000);
const ms: number[] = [];
/** The process's CPU time over the build (its garbage-collection threads included). */
const cpuMs: number[] = [];
for (let build = 0; build < BUILDS; build += 1) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  buildPhraseIndex(phrases);
  ms.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  cpuMs.push((used.user + used.system) / 1000);
}
console.log(JSON.stringify({ ms, cpuMs }));
