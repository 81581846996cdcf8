/**
 * The phrase index build for 10,000 phrases (issue 15 "Numbers": ≤ 300 ms), as bench/phrase-search.ts
 * times it (the median of five builds in one process), measured in rounds of fresh processes so
 * that the machine's load falls alike on everything compared. With KEFU_BENCH_BASELINE_PHRASES_DIR
 * naming a folder with an older common/phrases (`git archive <commit> common/phrases | tar -x`),
 * each round runs one process of each, in alternating order: one process building both would
 * charge the garbage of one index to the next build of the other. Prints one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET_MS = 300;
const child = fileURLToPath(new URL('./support/phrase-index-build-child.ts', import.meta.url));
const baselineDir = process.env.KEFU_BENCH_BASELINE_PHRASES_DIR;

function buildsIn(dir: string | undefined): { ms: number[]; cpuMs: number[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, ...(dir ? [dir] : [])], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { ms: number[]; cpuMs: number[] };
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round1 = (ms: number) => +ms.toFixed(1);

const loadBefore = loadavg();
interface Figures {
  medians: number[];
  firsts: number[];
  cpuMedians: number[];
  /** Every build's times: the fastest says most about the code when neighbours take the cores. */
  all: number[];
  cpuAll: number[];
}
const figures = {
  current: { medians: [], firsts: [], cpuMedians: [], all: [], cpuAll: [] } as Figures,
  baseline: { medians: [], firsts: [], cpuMedians: [], all: [], cpuAll: [] } as Figures,
};
for (let round = 0; round < ROUNDS; round += 1) {
  const order = round % 2 === 0 ? (['current', 'baseline'] as const) : (['baseline', 'current'] as const);
  for (const which of order) {
    if (which === 'baseline' && !baselineDir) continue;
    const { ms, cpuMs } = buildsIn(which === 'current' ? undefined : baselineDir);
    figures[which].medians.push(median(ms));
    figures[which].firsts.push(ms[0]!);
    figures[which].cpuMedians.push(median(cpuMs));
    figures[which].all.push(...ms);
    figures[which].cpuAll.push(...cpuMs);
  }
}
const summary = (f: Figures) => ({
  medianOfProcessMediansMs: round1(median(f.medians)),
  processMediansMs: f.medians.map(round1),
  firstBuildMs: round1(median(f.firsts)),
  cpuMs: round1(median(f.cpuMedians)),
  fastestMs: round1(Math.min(...f.all)),
  fastestCpuMs: round1(Math.min(...f.cpuAll)),
});
const currentMedian = median(figures.current.medians);
console.log(
  JSON.stringify(
    {
      benchmark: 'phrase-index-build',
      phrases: 10_000,
      rounds: ROUNDS,
      loadAverage: { before: loadBefore.map(round1), after: loadavg().map(round1) },
      current: summary(figures.current),
      ...(baselineDir && {
        baseline: { dir: baselineDir, ...summary(figures.baseline) },
        currentOverBaseline: {
          wall: +(currentMedian / median(figures.baseline.medians)).toFixed(3),
          cpu: +(median(figures.current.cpuMedians) / median(figures.baseline.cpuMedians)).toFixed(3),
          fastest: +(Math.min(...figures.current.all) / Math.min(...figures.baseline.all)).toFixed(3),
        },
      }),
      target: { buildMs: TARGET_MS, met: currentMedian <= TARGET_MS },
      notes:
        'each process builds the index 5 times (the first with a cold JIT) and reports its median, as bench/phrase-search.ts does; cpuMs: the CPU time of a build in its process (garbage-collection threads included), median over the processes',
    },
    null,
    2,
  ),
);
