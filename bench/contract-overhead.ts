/**
 * What one contract call costs on top of the core service it runs: direct core call vs the
 * dispatcher (zod in/out) vs a full WebSocket round trip through the web host, side by side on
 * the same real SQLite file. Prints JSON.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { openDatabase } from '../db/open-database';
import { createDispatcher } from '../electron/api/dispatch';
import { createHandlers } from '../electron/api/handlers';
import type { WsResponse } from '../electron/api/ws-protocol';
import { systemClock } from '../electron/core/clock';
import { createCoreServices } from '../electron/core/core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../electron/core/platform/headless-shell';
import { SAMPLE_SETTINGS } from '../electron/core/test-support/sample-settings';
import { startWebHost } from '../electron/webhost/web-host';
import { createMemoryNotifier } from '../electron/core/test-support/memory-notifier';

const CALLS = 2_000;
const input = SAMPLE_SETTINGS;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    p50Ms: +at(0.5).toFixed(4),
    p99Ms: +at(0.99).toFixed(4),
    meanMs: +(sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(4),
  };
}

async function measure(run: (i: number) => unknown | Promise<unknown>) {
  for (let i = 0; i < 100; i += 1) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
const database = openDatabase({ file: join(dataDir, 'kefu.sqlite') });
const core = createCoreServices({
  database,
  clock: systemClock,
  shell: HEADLESS_SHELL,
  injector: HEADLESS_INJECTOR,
  notifier: createMemoryNotifier(),
  dataDir,
  appVersion: 'bench',
});
const dispatch = createDispatcher(createHandlers(core));
core.settings.save(input);

const rendererDir = mkdtempSync(join(tmpdir(), 'kefu-bench-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
const host = await startWebHost({
  dataDir: mkdtempSync(join(tmpdir(), 'kefu-bench-host-')),
  rendererDir,
  appVersion: 'bench',
  port: 0,
});
const origin = host.url.replace(/\/$/, '');
const socket = new WebSocket(`${origin.replace('http', 'ws')}/api`, { origin });
await new Promise((resolve) => socket.once('open', resolve));
let nextId = 0;
const pending = new Map<number, () => void>();
socket.on('message', (data) => {
  const { id } = JSON.parse(data.toString()) as WsResponse;
  if (id !== null) pending.get(id)?.();
});
const overSocket = (method: string, body: unknown) =>
  new Promise<void>((resolve) => {
    const id = (nextId += 1);
    pending.set(id, resolve);
    socket.send(JSON.stringify({ id, method, input: body }));
  });
await overSocket('settings.save', input);

const results = {
  benchmark: 'contract-overhead',
  calls: CALLS,
  'settings.get': {
    directCore: await measure(() => core.settings.get()),
    dispatcher: await measure(() => dispatch('settings.get', {})),
    webSocketRoundTrip: await measure(() => overSocket('settings.get', {})),
  },
  'settings.save': {
    directCore: await measure(() => core.settings.save(input)),
    dispatcher: await measure(() => dispatch('settings.save', input)),
    webSocketRoundTrip: await measure(() => overSocket('settings.save', input)),
  },
};
console.log(JSON.stringify(results, null, 2));

socket.close();
await host.close();
database.close();
