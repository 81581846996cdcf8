import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SYNC_PATHS, type WhoAmI } from '../common/sync/protocol';
import { runServerCli, type CliIo } from './cli';
import { openStorage } from './database/storage';
import { describeEachStorage, type TestEnv } from './test-support/test-server';
import { getJson } from './test-support/sync-client';

/** Runs the CLI in-process on the test's storage: PostgreSQL by DATABASE_URL, PGlite handed over. */
async function cli(env: TestEnv, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env: env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : {},
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ...(env.kind === 'pglite' && { storage: env.storage }),
  };
  const code = await runServerCli(['node', 'kefu-server', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describeEachStorage('kefu-server CLI', (env) => {
  describe('shops, agents and tokens', () => {
    it('create-agent --position gives the agent its 岗位, which whoami answers; an unknown one is refused', async () => {
      const shop = await cli(env, 'create-shop', '--name', '岗位测试店 CLI');
      const shopId = /^shop (\S+) /.exec(shop.out)![1]!;
      const create = (code: string, ...more: string[]) =>
        cli(
          env,
          'create-agent',
          '--shop',
          shopId,
          '--code',
          code,
          '--name',
          '小周',
          '--role',
          'agent',
          ...more,
        );
      const desk = await create('9901', '--position', 'orderDesk');
      expect(desk.code).toBe(0);
      expect(desk.out).toContain('9901 (agent, orderDesk) in 岗位测试店 CLI');
      const token = /^token (\S+)$/m.exec(desk.out)![1]!;
      const who = await getJson<WhoAmI>(env.url + SYNC_PATHS.whoAmI, token);
      expect(who.body).toMatchObject({ agentCode: '9901', role: 'agent', position: 'orderDesk' });

      const none = await create('9902');
      const noneToken = /^token (\S+)$/m.exec(none.out)![1]!;
      expect((await getJson<WhoAmI>(env.url + SYNC_PATHS.whoAmI, noneToken)).body.position).toBeNull();

      const wrong = await create('9903', '--position', 'boss');
      expect(wrong.code).not.toBe(0);
      expect(wrong.err).toContain('--position must be one of presale, aftersale, orderDesk');
    });

    it('create-shop and create-agent print a token that works; revoke-token makes it 401', async () => {
      const shop = await cli(env, 'create-shop', '--name', '杭州旗舰店 CLI');
      expect(shop.code).toBe(0);
      const shopId = /^shop (\S+) 杭州旗舰店 CLI$/.exec(shop.out)![1]!;

      const agent = await cli(
        env,
        'create-agent',
        '--shop',
        shopId,
        '--code',
        '8801',
        '--name',
        '小林',
        '--role',
        'supervisor',
      );
      expect(agent.code).toBe(0);
      expect(agent.err).toContain('shown only this once');
      const token = /^token (kefu_[A-Za-z0-9_-]{43})$/m.exec(agent.out)![1]!;

      const who = await getJson<WhoAmI>(env.url + SYNC_PATHS.whoAmI, token);
      expect(who.status).toBe(200);
      expect(who.body).toMatchObject({
        shopId,
        shopName: '杭州旗舰店 CLI',
        agentCode: '8801',
        agentName: '小林',
        role: 'supervisor',
      });

      const revoked = await cli(env, 'revoke-token', '--agent', '8801', '--shop', '杭州旗舰店 CLI');
      expect(revoked).toMatchObject({ code: 0, out: 'revoked 1 token(s) of 8801 in 杭州旗舰店 CLI' });
      const after = await getJson<{ error: { code: string } }>(env.url + SYNC_PATHS.whoAmI, token);
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('unauthorized');
    });

    it('refuses bad arguments with a clear message and a non-zero exit', async () => {
      const noName = await cli(env, 'create-shop');
      expect(noName.code).not.toBe(0);
      expect(noName.err).toContain('--name');
      const role = await cli(
        env,
        'create-agent',
        '--shop',
        'x',
        '--code',
        '1',
        '--name',
        'n',
        '--role',
        'boss',
      );
      expect(role.code).not.toBe(0);
      expect(role.err).toContain('--role must be one of agent, supervisor, admin');
      const shop = await cli(
        env,
        'create-agent',
        '--shop',
        '不存在的店',
        '--code',
        '1',
        '--name',
        'n',
        '--role',
        'agent',
      );
      expect(shop).toMatchObject({ code: 1, err: 'error: shop: no shop with id or name "不存在的店".' });
      const revoke = await cli(env, 'revoke-token', '--agent', '8801');
      expect(revoke.err).toContain('--agent CODE --shop SHOP');
      const days = await cli(env, 'prune-tombstones', '--older-than-days', 'soon');
      expect(days.err).toContain('--older-than-days must be a whole number');
    });
  });

  describe('start', () => {
    it('serves health on its storage and exits cleanly on SIGTERM', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'kefu-server-'));
      const childEnv = env.databaseUrl
        ? { ...process.env, DATABASE_URL: env.databaseUrl, LOG_LEVEL: 'warn' }
        : { ...process.env, DATABASE_URL: '', KEFU_SERVER_DATA: dataDir, LOG_LEVEL: 'warn' };
      const child = spawn(process.execPath, ['bin/kefu-server.js', 'start', '--port', '0'], {
        env: childEnv,
      });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const match = /listening on (http:\/\/\S+)/.exec(output);
            if (match) resolve(match[1]!);
          });
          child.on('exit', (code) => reject(new Error(`exited ${code} before listening: ${output}`)));
        });
        const health = await getJson(url + SYNC_PATHS.health);
        expect(health).toMatchObject({ status: 200, body: { ok: true, storage: env.kind } });
        const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
      } finally {
        child.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});

/** The real bin in a child process, as an operator runs it, on the embedded store in `dataDir`. */
function serverCli(dataDir: string, ...args: string[]) {
  const child = spawn(process.execPath, ['bin/kefu-server.js', ...args], {
    env: { ...process.env, DATABASE_URL: '', KEFU_SERVER_DATA: dataDir, LOG_LEVEL: 'warn' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, out, err })),
  );
  return { child, done, output: () => out + err };
}

/** `kefu-server start` on `dataDir`: answers once it listens. */
async function startServer(dataDir: string) {
  const run = serverCli(dataDir, 'start', '--port', '0');
  const url = await new Promise<string>((resolve, reject) => {
    run.child.stdout.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(run.output());
      if (match) resolve(match[1]!);
    });
    void run.done.then(({ code }) => reject(new Error(`exited ${code} before listening: ${run.output()}`)));
  });
  return { url, child: run.child as ChildProcessWithoutNullStreams, done: run.done };
}

describe('kefu-server on the embedded store: one process holds the data folder', () => {
  const agentArgs = (code: string) => [
    '--shop',
    '锁测试店',
    '--code',
    code,
    '--name',
    '小周',
    '--role',
    'admin',
  ];

  it('refuses writing commands and a second server while a server runs; after it stops they work and last', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-server-lock-'));
    const servers: ChildProcessWithoutNullStreams[] = [];
    try {
      expect((await serverCli(dataDir, 'create-shop', '--name', '锁测试店').done).code).toBe(0);
      const server = await startServer(dataDir);
      servers.push(server.child);

      const refused = await serverCli(dataDir, 'create-agent', ...agentArgs('9001')).done;
      expect(refused.code).not.toBe(0);
      expect(refused.out).not.toMatch(/token|kefu_/);
      expect(refused.err).toContain(`pid ${server.child.pid}`);
      expect(refused.err).toContain('stop the server');
      expect(refused.err).toContain('POST /v1/admin/agents');

      for (const args of [
        ['create-shop', '--name', '另一家店'],
        ['revoke-token', '--agent', '9001', '--shop', '锁测试店'],
        ['prune-tombstones', '--older-than-days', '30'],
        ['migrate'],
        ['start', '--port', '0'],
      ]) {
        const other = await serverCli(dataDir, ...args).done;
        expect(other.code, args.join(' ')).not.toBe(0);
        expect(other.err, args.join(' ')).toContain(`pid ${server.child.pid}`);
        expect(other.out, args.join(' ')).not.toMatch(
          /^(shop|revoked|pruned|migrated|kefu-server listening)/m,
        );
      }

      server.child.kill('SIGTERM');
      expect((await server.done).code).toBe(0);
      expect(existsSync(join(dataDir, 'kefu-server.lock'))).toBe(false);

      // The embedded store has no autovacuum: the server analysed its tables when it started.
      const stored = await openStorage({ kind: 'pglite', dataDir });
      try {
        const found = (await stored.db.execute(
          sql`select relname, reltuples from pg_class where relname in ('shops', 'rows') order by relname`,
        )) as unknown as { rows: { relname: string; reltuples: number }[] };
        expect(found.rows).toEqual([
          { relname: 'rows', reltuples: 0 },
          { relname: 'shops', reltuples: 1 },
        ]);
      } finally {
        await stored.close();
      }

      const created = await serverCli(dataDir, 'create-agent', ...agentArgs('9001')).done;
      expect(created.code).toBe(0);
      const token = /^token (kefu_\S+)$/m.exec(created.out)![1]!;

      const again = await startServer(dataDir);
      servers.push(again.child);
      const who = await getJson<WhoAmI>(again.url + SYNC_PATHS.whoAmI, token);
      expect(who).toMatchObject({ status: 200, body: { agentCode: '9001', shopName: '锁测试店' } });
      again.child.kill('SIGTERM');
      expect((await again.done).code).toBe(0);
    } finally {
      for (const child of servers) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a server killed with SIGKILL leaves a stale lock that the next command takes over', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-server-lock-'));
    let server: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      expect((await serverCli(dataDir, 'create-shop', '--name', '锁测试店').done).code).toBe(0);
      server = await startServer(dataDir);
      server.child.kill('SIGKILL');
      await server.done;
      expect(existsSync(join(dataDir, 'kefu-server.lock'))).toBe(true);

      const created = await serverCli(dataDir, 'create-agent', ...agentArgs('9002')).done;
      expect(created.code, created.err).toBe(0);
      expect(created.out).toMatch(/^token kefu_/m);
      expect(existsSync(join(dataDir, 'kefu-server.lock'))).toBe(false);
    } finally {
      server?.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describeEachStorage(
  'kefu-server on PostgreSQL: no folder lock',
  (env) => {
    it('create-agent works while a server runs on the same database', async () => {
      const childEnv = { ...process.env, DATABASE_URL: env.databaseUrl!, LOG_LEVEL: 'warn' };
      const run = (...args: string[]) =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, ['bin/kefu-server.js', ...args], { env: childEnv });
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('exit', (code) => resolve({ code, out }));
        });
      const server = spawn(process.execPath, ['bin/kefu-server.js', 'start', '--port', '0'], {
        env: childEnv,
      });
      try {
        await new Promise<void>((resolve, reject) => {
          server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening on') && resolve());
          server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
        });
        expect((await run('create-shop', '--name', 'PG 锁测试')).code).toBe(0);
        const agent = await run(
          'create-agent',
          '--shop',
          'PG 锁测试',
          '--code',
          '1',
          '--name',
          'n',
          '--role',
          'agent',
        );
        expect(agent.code).toBe(0);
        expect(agent.out).toMatch(/^token kefu_/m);
      } finally {
        server.kill('SIGTERM');
      }
    }, 60_000);
  },
  ['postgres'],
);
