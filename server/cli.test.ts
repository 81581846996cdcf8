import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNC_PATHS, type WhoAmI } from '../common/sync/protocol';
import { runServerCli, type CliIo } from './cli';
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
