/**
 * The shop's sync server as an operator runs it, for e2e: `kefu-server` on an embedded PGlite
 * folder (or on PostgreSQL when given `databaseUrl`, as DATABASE_URL), shops and agents made with
 * its CLI (tokens read from its output), started and stopped (SIGTERM) on one fixed address so
 * desks reconnect to the same URL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_BIN = fileURLToPath(new URL('../../bin/kefu-server.js', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function createShopServer(options: { databaseUrl?: string } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-e2e-server-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  // Without a database URL the embedded folder, whatever the environment says.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env = {
    ...inherited,
    KEFU_SERVER_DATA: dataDir,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  };

  /**
   * Admin CLI commands run while the server is stopped on PGlite (one process at a time); on
   * PostgreSQL beside it.
   */
  const cli = (...args: string[]): string => {
    const run = spawnSync(process.execPath, [SERVER_BIN, ...args], { encoding: 'utf8', env });
    if (run.status !== 0) throw new Error(`kefu-server ${args.join(' ')} failed:\n${run.stderr}`);
    return run.stdout;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    createShop: (name: string) => void cli('create-shop', '--name', name),
    /** Prints the token once, as the supervisor would hand it over. */
    createAgent(shop: string, code: string, name: string, role: 'agent' | 'supervisor' | 'admin'): string {
      const output = cli('create-agent', '--shop', shop, '--code', code, '--name', name, '--role', role);
      return /^token (\S+)$/m.exec(output)![1]!;
    },
    async start(): Promise<void> {
      child = spawn(process.execPath, [SERVER_BIN, 'start', '--port', String(port)], {
        env: { ...env, LOG_LEVEL: 'warn' },
        stdio: 'ignore',
      });
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const healthy = await fetch(`http://127.0.0.1:${port}/v1/health`)
          .then((answer) => answer.ok)
          .catch(() => false);
        if (healthy) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('kefu-server did not come up');
    },
    async stop(): Promise<void> {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
  };
}

export type ShopServer = Awaited<ReturnType<typeof createShopServer>>;
