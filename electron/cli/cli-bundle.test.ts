/**
 * The command lines as shipped: vite.cli.config.ts bundles them into plain JavaScript (issue 14,
 * item 15). Built here into a folder of its own under out/, then run without tsx: `kefu` finds its
 * migrations and starts the order import's worker from the bundle, `kefu-server` finds the
 * server's migrations; `kefu --help` loads no part of the core; bin/built-cli.js runs a build
 * only while no source it was made from is newer.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RollupOutput } from 'rollup';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIsCurrent } from '../../bin/built-cli.js';
import { setUpShop } from './cli-test-harness';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../core/orders/fixtures/taobao-orders-sample.csv', import.meta.url));
// Under out/, so the bundle resolves its packages from the repo's node_modules as out/cli does.
const outDir = join(root, 'out', `cli-bundle-test-${process.pid}`);
let chunks: RollupOutput['output'][number][] = [];

/**
 * Runs an exported CLI of the bundle in plain Node (no tsx anywhere), as the bin does: from a
 * script file, since a worker thread inherits `--input-type` and would refuse its own file.
 */
function runBundle(entry: string, call: string, env: NodeJS.ProcessEnv = {}) {
  const script = join(mkdtempSync(join(outDir, 'run-')), 'run.mjs');
  writeFileSync(
    script,
    `const m = await import(${JSON.stringify(pathToFileURL(join(outDir, entry)).href)});\nprocess.exitCode = await ${call};\n`,
  );
  const run = spawnSync(process.execPath, [script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const kefu = (...args: string[]) =>
  runBundle('kefu.js', `m.runCli(['node', 'kefu', ...${JSON.stringify(args)}])`);

beforeAll(async () => {
  const output = (await build({
    configFile: join(root, 'vite.cli.config.ts'),
    build: { outDir },
  })) as RollupOutput;
  chunks = output.output;
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the bundled CLIs', () => {
  it('kefu searches a desk and imports orders through the worker bundle, without tsx', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-bundle-'));
    setUpShop(dir);
    const search = kefu('--data-dir', dir, 'phrases', 'search', 'fh');
    expect(search.err).toBe('');
    expect(search.out).toContain('发货时间');

    const imported = kefu('--data-dir', dir, 'orders', 'import', FIXTURE, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ written: true, added: 8 });
  }, 60_000);

  it('kefu-server creates a shop in the embedded storage, finding its migrations', () => {
    const data = mkdtempSync(join(tmpdir(), 'kefu-server-bundle-'));
    const run = runBundle(
      'kefu-server.js',
      `m.runServerCli(['node', 'kefu-server', 'create-shop', '--name', '小鹿家居'], { env: process.env, out: console.log, err: console.error })`,
      { KEFU_SERVER_DATA: data, DATABASE_URL: '' },
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('小鹿家居');
  }, 60_000);

  it('kefu --help loads commander and the command tree only, not the core', () => {
    const byName = new Map(chunks.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
    const loaded = new Set<string>();
    const visit = (fileName: string) => {
      if (loaded.has(fileName)) return;
      loaded.add(fileName);
      for (const next of byName.get(fileName)?.imports ?? []) visit(next);
    };
    visit('kefu.js');
    const modules = [...loaded].flatMap((fileName) => byName.get(fileName)?.moduleIds ?? []);
    expect(modules.some((id) => id.endsWith('electron/cli/main.ts'))).toBe(true);
    const fromRoot = (id: string) => id.slice(root.length).split('\\').join('/');
    expect(
      modules
        .map(fromRoot)
        .filter((id) => /^(electron\/(core|api)|db)\/|node_modules\/(zod|drizzle)/.test(id))
        .sort(),
    ).toEqual([
      // Constants only: the help's defaults, choices and limits.
      'db/enums.ts',
      'electron/core/data-dir.ts',
      'electron/core/invoices/invoice-export-formats.ts',
      'electron/core/orders/order-list-limits.ts',
      'electron/core/reports/report-formats.ts',
    ]);
  });

  it('bin/built-cli.js runs a build only while none of its sources is newer', () => {
    const repo = mkdtempSync(join(tmpdir(), 'kefu-built-cli-'));
    const at = (file: string) => join(repo, file);
    mkdirSync(at('out/cli'), { recursive: true });
    mkdirSync(at('electron'));
    writeFileSync(at('electron/main.ts'), '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(at('electron/main.ts'), past, past);
    const url = pathToFileURL(`${repo}/`);
    expect(buildIsCurrent(url)).toBe(false);

    // Built half a minute ago, after the source's last change a minute ago.
    const builtAt = Date.now() - 30_000;
    writeFileSync(at('out/cli/sources.json'), JSON.stringify({ builtAt, files: ['electron/main.ts'] }));
    expect(buildIsCurrent(url)).toBe(true);
    // An edit after the build: the sources run, not the older build.
    writeFileSync(at('electron/main.ts'), 'edited');
    expect(buildIsCurrent(url)).toBe(false);
    // A source the build was made from is gone: the build is of another checkout.
    writeFileSync(at('out/cli/sources.json'), JSON.stringify({ builtAt, files: ['gone.ts'] }));
    expect(buildIsCurrent(url)).toBe(false);
  });
});
