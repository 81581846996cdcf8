/**
 * The reply panel's first load with 10,000 phrases (issue 15 "Numbers": ≤ 1 s). The real web host
 * runs in its own process on a fresh data directory, seeded over the WebSocket contract with the
 * deterministic library of bench/support/phrase-corpus.ts (10,000 imported phrases plus the
 * default pack), and Debian Chromium opens the built renderer's `#/panel` in a fresh browser
 * context each time, as the app's hidden panel window loads it at start.
 *
 * First load = navigation start → the first frame painted after the result list's first row is
 * in the DOM (`performance.now()` in the page, whose origin is the navigation start). Beside it:
 * the same as seen from Playwright (goto → the row visible, the way bench/panel-keystroke.ts timed
 * it before), and one keystroke typed as soon as the rows are there (keydown → the answer's rows
 * painted), which is what an agent typing at once would wait for.
 *
 * With KEFU_BENCH_BASELINE_RENDERER_DIR set to another renderer build (an older commit's), a
 * second host serves that build from a data directory seeded the same way, and the two are loaded
 * in alternating rounds: a comparison within one run, under one machine load. Prints one JSON
 * object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createPhraseCorpus } from './support/phrase-corpus';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  PANEL_PHRASES,
  PANEL_SEED,
  PANEL_SIZE,
  rendererDir,
  seed,
  startHostProcess,
} from './support/panel-web-host';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const TARGET_MS = 1000;
/** Typed as soon as the first rows are painted; 'f' lists most of the library by pinyin. */
const FIRST_KEY = 'f';
const STEP_TIMEOUT_MS = 15_000;

/**
 * Installed before the renderer's scripts: notes when the first result row enters the DOM and
 * the frame after it, then, armed by the bench, the keydown of the first keystroke and the frame
 * after the list changed for it. Plain JavaScript text, not a serialised function (tsx helpers).
 */
const INSTRUMENT = `(() => {
  const marks = { rowsAt: null, paintedAt: null, keyAt: null, keyPaintedAt: null };
  window.__kefuFirstLoad = marks;
  const afterFrame = (set) => requestAnimationFrame(() => set(performance.now()));
  const watch = new MutationObserver(() => {
    if (marks.rowsAt === null) {
      if (!document.querySelector('[role="option"]')) return;
      marks.rowsAt = performance.now();
      afterFrame((t) => (marks.paintedAt = t));
      return;
    }
    if (marks.keyAt !== null && marks.keyPaintedAt === null && !marks.keyWaiting) {
      marks.keyWaiting = true;
      afterFrame((t) => (marks.keyPaintedAt = t));
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    watch.observe(document.body, { childList: true, subtree: true, characterData: true }),
  );
  window.addEventListener('keydown', () => {
    if (marks.keyAt === null) marks.keyAt = performance.now();
  }, true);
})();`;

interface Marks {
  rowsAt: number;
  paintedAt: number;
  keyAt: number;
  keyPaintedAt: number;
}

interface LoadResult {
  firstLoadMs: number;
  rowsInDomMs: number;
  playwrightWallMs: number;
  firstKeystrokeMs: number;
  rowsAfterKey: number;
}

async function loadOnce(browser: Browser, url: string): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: PANEL_SIZE, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: INSTRUMENT });
    const started = performance.now();
    await page.goto(`${url}#/panel`);
    await page.locator('[role="option"]').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    const playwrightWallMs = performance.now() - started;
    await page.waitForFunction('window.__kefuFirstLoad.paintedAt !== null', null, {
      timeout: STEP_TIMEOUT_MS,
    });
    await page.keyboard.press(FIRST_KEY);
    await page.waitForFunction('window.__kefuFirstLoad.keyPaintedAt !== null', null, {
      timeout: STEP_TIMEOUT_MS,
    });
    const marks = (await page.evaluate('window.__kefuFirstLoad')) as Marks;
    const rowsAfterKey = await page.locator('[role="option"]').count();
    return {
      firstLoadMs: marks.paintedAt,
      rowsInDomMs: marks.rowsAt,
      playwrightWallMs,
      firstKeystrokeMs: marks.keyPaintedAt - marks.keyAt,
      rowsAfterKey,
    };
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round1 = (ms: number) => +ms.toFixed(1);

function summary(results: readonly LoadResult[]) {
  const of = (pick: (r: LoadResult) => number) => {
    const values = results.map(pick);
    return {
      median: round1(median(values)),
      min: round1(Math.min(...values)),
      max: round1(Math.max(...values)),
    };
  };
  return {
    loads: results.length,
    firstLoadMs: of((r) => r.firstLoadMs),
    rowsInDomMs: of((r) => r.rowsInDomMs),
    playwrightWallMs: of((r) => r.playwrightWallMs),
    firstKeystrokeMs: of((r) => r.firstKeystrokeMs),
    rowsAfterKey: of((r) => r.rowsAfterKey),
  };
}

interface Variant {
  name: string;
  dir: string;
  dataDir: string;
  host: { url: string; close(): Promise<void> };
  results: LoadResult[];
}

const builds = [{ name: 'current', dir: rendererDir() }];
const baselineDir = process.env.KEFU_BENCH_BASELINE_RENDERER_DIR;
if (baselineDir) builds.push({ name: 'baseline', dir: baselineDir });

const loadBefore = (await import('node:os')).loadavg();
const phrases = createPhraseCorpus(PANEL_SEED).generatePhrases(PANEL_PHRASES);
const variants: Variant[] = [];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  for (const build of builds) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-first-load-'));
    const host = await startHostProcess(dataDir, build.dir);
    variants.push({ ...build, dataDir, host, results: [] });
    await seed(host.url, phrases);
  }
  // One load of each first, not counted: Chromium's own start-up and the hosts' first requests.
  for (const variant of variants) await loadOnce(browser, variant.host.url);
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) variant.results.push(await loadOnce(browser, variant.host.url));
  }
  const figures = Object.fromEntries(variants.map((v) => [v.name, summary(v.results)]));
  const current = figures.current!;
  const baseline = figures.baseline;
  console.log(
    JSON.stringify(
      {
        benchmark: 'panel-first-load',
        phrases: PANEL_PHRASES,
        chromium: browser.version(),
        loadAverage: {
          before: loadBefore.map(round1),
          after: (await import('node:os')).loadavg().map(round1),
        },
        ...figures,
        ...(baseline && {
          currentOverBaseline: {
            firstLoad: +(current.firstLoadMs.median / baseline.firstLoadMs.median).toFixed(3),
            firstKeystroke: +(current.firstKeystrokeMs.median / baseline.firstKeystrokeMs.median).toFixed(3),
          },
        }),
        target: { firstLoadMs: TARGET_MS, met: current.firstLoadMs.median <= TARGET_MS },
        notes: {
          firstLoad:
            'navigation start -> the first requestAnimationFrame after the first [role=option] entered the DOM, performance.now() in the page; fresh browser context per load',
          playwrightWall: 'page.goto() called -> locator("[role=option]").first() visible, timed in Node',
          firstKeystroke: `'${FIRST_KEY}' pressed as soon as the first rows were painted: keydown -> the frame after the list changed`,
          rounds: `${ROUNDS} measured loads per build after one not counted${baseline ? ', builds alternating, order reversed every round' : ''}`,
        },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  for (const variant of variants) {
    await variant.host.close();
    rmSync(variant.dataDir, { recursive: true, force: true });
  }
}
