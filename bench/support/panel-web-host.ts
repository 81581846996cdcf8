/**
 * The reply panel's benches (bench/panel-keystroke.ts, bench/panel-first-load.ts) run the real web
 * host in a process of its own, seeded over the WebSocket contract with the deterministic library
 * of phrase-corpus.ts, and drive the built renderer in Debian Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { ApiResult } from '../../electron/api/api-result';
import type { MethodOutput } from '../../electron/api/contract';
import type { WsResponse } from '../../electron/api/ws-protocol';
import type { SearchablePhrase } from '../../common/phrases/phrase-search';

export const PANEL_PHRASES = 10_000;
/** Same seed as bench/phrase-search.ts: every phrase bench searches the same library. */
export const PANEL_SEED = 20250601;
/** A 10,000-phrase file is larger than the host's 1 MiB WebSocket frame, so it goes in parts. */
const PHRASES_PER_FILE = 1000;
export const PANEL_SIZE = { width: 640, height: 440 };
/** As playwright.config.ts launches Debian's Chromium for the e2e suite. */
export const CHROMIUM_PATH = process.env.KEFU_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The built renderer the host serves: `out/renderer` as `npm run bench` builds it, or another
 * build in KEFU_BENCH_RENDERER_DIR (an older commit's, to compare two builds on one machine).
 */
export function rendererDir(): string {
  const dir = process.env.KEFU_BENCH_RENDERER_DIR ?? join(root, 'out/renderer');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html is missing; run \`npx electron-vite build\` first.`);
    process.exit(1);
  }
  return dir;
}

/** JSON import file in the shape phrase-file-read.ts accepts: `{ version: 1, groups: [...] }`. */
function importFile(phrases: readonly SearchablePhrase[]): string {
  const stageOf = (group: string) =>
    group.startsWith('售前')
      ? 'presale'
      : group.startsWith('售中') || group === 'Shipping'
        ? 'insale'
        : group.startsWith('售后')
          ? 'aftersale'
          : 'general';
  const groups = new Map<string, SearchablePhrase[]>();
  for (const p of phrases) groups.set(p.groupName, [...(groups.get(p.groupName) ?? []), p]);
  return JSON.stringify({
    version: 1,
    groups: [...groups].map(([name, members]) => ({
      name,
      stage: stageOf(name),
      scope: 'team',
      phrases: members.map(({ shortcut, title, body, tags }) => ({ shortcut, title, body, tags })),
    })),
  });
}

export function connect(url: string) {
  const origin = url.replace(/\/$/, '');
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/api`, { origin });
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  let nextId = 0;
  socket.on('message', (data) => {
    const { id, result } = JSON.parse(data.toString()) as WsResponse;
    if (id !== null) pending.get(id)?.(result);
  });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await new Promise<ApiResult<unknown>>((resolve) => {
      const id = (nextId += 1);
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, input }));
    });
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, call, opened };
}

type ImportReport = MethodOutput<'phrases.importApply'>;

/** Seeds exactly what a supervisor's first run plus an import of the library would leave. */
export async function seed(url: string, phrases: readonly SearchablePhrase[]) {
  const client = connect(url);
  await client.opened;
  await client.call('settings.save', {
    language: 'zh-CN',
    agent: { name: '林小雨', agentCode: 'KF001', role: 'supervisor' },
    shop: {
      name: '小鹿家居旗舰店',
      defaultCourier: '中通',
      freeShippingThresholdFen: 9900,
      cutoffTime: '16:30',
    },
  });
  const totals = { added: 0, duplicates: 0, invalid: 0, files: 0 };
  for (let start = 0; start < phrases.length; start += PHRASES_PER_FILE) {
    const contentBase64 = Buffer.from(importFile(phrases.slice(start, start + PHRASES_PER_FILE))).toString(
      'base64',
    );
    const report = await client.call<ImportReport>('phrases.importApply', {
      fileName: `bench-${start}.json`,
      contentBase64,
    });
    totals.added += report.toAdd.length;
    totals.duplicates += report.duplicates.length;
    totals.invalid += report.invalid.length;
    totals.files += 1;
  }
  const library = await client.call<MethodOutput<'phrases.library'>>('phrases.library', {});
  client.socket.close();
  if (library.phrases.length < phrases.length) {
    throw new Error(
      `library holds ${library.phrases.length} phrases after import: ${JSON.stringify(totals)}`,
    );
  }
  return { ...totals, libraryPhrases: library.phrases.length };
}

/**
 * The host runs in its own process, as in the app and the e2e suite: sharing one event loop with
 * Playwright's driver would charge the browser-automation traffic to the panel.
 */
export async function startHostProcess(
  dataDir: string,
  renderer: string = rendererDir(),
): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench/support/panel-web-host-child.ts')],
    {
      env: { ...process.env, KEFU_E2E_DATA_DIR: dataDir, KEFU_BENCH_RENDERER_DIR: renderer },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /(http:\/\/\S+\/)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`web host exited early (${code})`)));
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
