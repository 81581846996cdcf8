import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { databaseFile } from '../core/data-dir';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-web-main-'));
  dirs.push(dir);
  return dir;
};

const ENGLISH = { LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8' };
const CHINESE = { LC_ALL: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' };

/** `npm run web` as a user runs it: the real entry point in its own process. */
function webHostArgs(...args: string[]) {
  return ['--import', 'tsx', 'electron/webhost/main.ts', ...args];
}

function runToExit(locale: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, webHostArgs(...args), {
    encoding: 'utf8',
    env: { ...process.env, ...locale },
    timeout: 15_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get(url, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
  });
}

describe('web host entry point', () => {
  it.each(['0.0.0.0', '192.168.1.20', '::', 'example.com', '128.0.0.1'])(
    'refuses --host %s with exit 2 and never listens',
    (host) => {
      const dataDir = join(tempDir(), 'data');
      const run = runToExit(ENGLISH, '--host', host, '--port', '0', '--data-dir', dataDir);
      expect(run.code).toBe(2);
      expect(run.err).toContain('loopback');
      expect(run.err).toContain(host);
      expect(run.out).toBe('');
    },
  );

  it('refuses a --desktop it does not know with exit 2, in the system language', () => {
    const dataDir = join(tempDir(), 'data');
    const run = runToExit(CHINESE, '--desktop', 'wayland', '--port', '0', '--data-dir', dataDir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--desktop 只能是 recording');
    expect(run.err).toContain('wayland');
    expect(run.out).toBe('');
  });

  it('serves on a loopback --host other than the default', async () => {
    const dataDir = join(tempDir(), 'data');
    const port = await freePort();
    const child = spawn(
      process.execPath,
      webHostArgs('--host', '127.0.0.2', '--port', String(port), '--data-dir', dataDir),
      { env: { ...process.env, ...ENGLISH }, stdio: 'ignore' },
    );
    try {
      let up = false;
      for (let i = 0; i < 100 && !up; i += 1) {
        up = await answers(`http://127.0.0.2:${port}/`);
        if (!up) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(up).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it.each([
    [ENGLISH, 'newer version of Kefu Desk'],
    [CHINESE, '新版本'],
  ])('explains a database from a newer app in the system language (%j)', (locale, phrase) => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir);
    openDatabase({ file: databaseFile(dataDir) }).close();
    const raw = new Database(databaseFile(dataDir));
    raw.pragma('user_version = 42');
    raw.close();
    const run = runToExit(locale, '--port', '0', '--data-dir', dataDir);
    expect(run.code).toBe(2);
    expect(run.err).toContain(phrase);
    expect(run.err).toContain('42');
  });
});
