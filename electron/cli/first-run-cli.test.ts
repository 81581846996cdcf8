/**
 * First run from the command line (issue 14, item 14), through the real bin: `kefu setup` with
 * the first-run form's rules and defaults, then a phrase import; `kefu join` against a real sync
 * server (in this process, over HTTP), taking the profile from the token and syncing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, createShop } from '../../server/admin/shop-admin';
import { openStorage, type Storage } from '../../server/database/storage';
import { buildApp } from '../../server/http/app';
import { kefu, kefuAsync } from './cli-test-harness';

const freshDir = () => mkdtempSync(join(tmpdir(), 'kefu-first-run-'));
const settingsOf = (dir: string) =>
  JSON.parse(kefu(dir, 'settings', 'get', '--json').out) as Record<string, string>;

function phraseFile(dir: string, rows: string[]): string {
  const file = join(dir, '话术.csv');
  writeFileSync(file, ['分组,快捷编码,短语内容', ...rows].join('\n'));
  return file;
}

describe('kefu setup', () => {
  it('sets up a fresh desk with the form’s defaults and the default pack; then phrases import works', () => {
    const dir = freshDir();
    const file = phraseFile(dir, ['售后,thzc,亲，七天无理由退货，运费我们来承担哦']);
    const before = kefu(dir, 'phrases', 'import', file);
    expect(before.code).toBe(1);
    expect(before.err).toContain('kefu setup');
    expect(before.err).toContain('kefu join');

    const setUp = kefu(
      dir,
      'setup',
      '--name',
      '小王',
      '--code',
      'KF001',
      '--shop',
      '小鹿家居旗舰店',
      '--free-shipping',
      '99',
    );
    expect(setUp.err).toBe('');
    expect(setUp.code).toBe(0);
    expect(setUp.out).toBe('首次设置完成：小王（工号 KF001），店铺 小鹿家居旗舰店。默认话术库已载入。\n');
    expect(settingsOf(dir)).toEqual({
      language: 'zh-CN',
      'agent.name': '小王',
      'agent.agentCode': 'KF001',
      'agent.role': 'agent',
      'shop.name': '小鹿家居旗舰店',
      'shop.defaultCourier': '',
      'shop.cutoffTime': '16:00',
      'shop.timeZone': 'Asia/Shanghai',
      'shop.freeShippingThreshold': '99.00',
    });
    expect(kefu(dir, 'phrases', 'search', 'fh').out).toContain('发货时间');

    const imported = kefu(dir, 'phrases', 'import', file);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^已导入：新增 1/);
    expect(kefu(dir, 'phrases', 'search', 'thzc').out).toContain('[thzc]');

    const again = kefu(
      dir,
      'setup',
      '--name',
      '小李',
      '--code',
      'KF002',
      '--shop',
      '别家',
      '--free-shipping',
      '0',
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('客服台已完成首次设置（工号 KF001，店铺 小鹿家居旗舰店）');
    expect(settingsOf(dir)['agent.agentCode']).toBe('KF001');
  }, 60_000);

  it('names every problem at once by its option, like the form, and writes nothing', () => {
    const dir = freshDir();
    const empty = kefu(dir, 'setup');
    expect(empty.code).toBe(1);
    expect(empty.err.split('\n')).toEqual([
      '首次设置未完成，请修改以下选项：',
      '  --name: 请填写客服姓名',
      '  --code: 请填写工号',
      '  --shop: 请填写店铺名称',
      '  --free-shipping: 请填写包邮门槛，全场包邮填 0',
      '',
    ]);

    const wrong = kefu(
      dir,
      ...['setup', '--name', '小王', '--code', '客服 07', '--shop', '小鹿家居', '--role', 'boss'],
      ...[
        '--free-shipping',
        '九十九',
        '--cutoff',
        '25:00',
        '--time-zone',
        'Mars/Olympus',
        '--language',
        'fr',
      ],
    );
    expect(wrong.code).toBe(1);
    for (const option of ['--code', '--role', '--free-shipping', '--cutoff', '--time-zone', '--language'])
      expect(wrong.err).toContain(`  ${option}: `);
    expect(wrong.err).not.toContain('--name');
    expect(settingsOf(dir)['agent.agentCode']).toBeNull();

    const english = kefu(
      dir,
      ...['setup', '--name', 'Lin', '--code', 'KF009', '--shop', 'Deer Home', '--free-shipping', '¥128.5'],
      ...[
        '--role',
        'supervisor',
        '--courier',
        '顺丰速运',
        '--cutoff',
        '17:30',
        '--time-zone',
        'Asia/Singapore',
      ],
      ...['--language', 'en-US'],
    );
    expect(english.code).toBe(0);
    expect(english.out).toBe(
      'Set up: Lin (staff ID KF009), shop Deer Home. The default phrase pack is loaded.\n',
    );
    expect(settingsOf(dir)).toMatchObject({
      language: 'en-US',
      'agent.role': 'supervisor',
      'shop.defaultCourier': '顺丰速运',
      'shop.cutoffTime': '17:30',
      'shop.timeZone': 'Asia/Singapore',
      'shop.freeShippingThreshold': '128.50',
    });
  }, 60_000);
});

describe('kefu join', () => {
  let storage: Storage;
  let app: FastifyInstance;
  let serverUrl: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: 'memory://' });
    await storage.migrate();
    app = await buildApp({ storage });
    await app.listen({ port: 0, host: '127.0.0.1' });
    serverUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const { shopId } = await createShop(storage.db, '小鹿家居旗舰店');
    for (const [code, name, role] of [
      ['KF001', '王主管', 'supervisor'],
      ['KF007', '小林', 'agent'],
    ] as const) {
      tokens[code] = (await createAgent(storage.db, { shopId, code, name, role })).token;
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await storage?.close();
  });

  it('makes a working, synced desk as the agent the token is, and shares the team’s phrases', async () => {
    const supervisor = freshDir();
    const joined = await kefuAsync(supervisor, 'join', '--server', serverUrl, '--token', tokens.KF001!);
    expect(joined.err).toBe('');
    expect(joined.code).toBe(0);
    expect(joined.out.split('\n')).toEqual([
      '已加入店铺 小鹿家居旗舰店：王主管（工号 KF001，主管）',
      `状态：已同步（KF001 @ ${serverUrl}）`,
      '',
    ]);
    const file = phraseFile(supervisor, ['售前,mb199,亲，本店满199元包邮，可以再看看搭配哦']);
    expect((await kefuAsync(supervisor, 'phrases', 'import', file)).code).toBe(0);
    expect((await kefuAsync(supervisor, 'sync')).code).toBe(0);

    const agent = freshDir();
    const agentJoined = await kefuAsync(
      agent,
      ...['join', '--server', `${serverUrl}/`, '--token', tokens.KF007!, '--cutoff', '17:00', '--json'],
    );
    expect(agentJoined.code).toBe(0);
    expect(JSON.parse(agentJoined.out)).toMatchObject({
      settings: {
        agent: { agentCode: 'KF007', name: '小林', role: 'agent' },
        shop: { name: '小鹿家居旗舰店' },
      },
      status: { state: 'synced', pending: 0, issues: 0, agentCode: 'KF007', role: 'agent' },
    });
    expect(settingsOf(agent)).toMatchObject({
      'agent.agentCode': 'KF007',
      'agent.name': '小林',
      'agent.role': 'agent',
      'shop.name': '小鹿家居旗舰店',
      'shop.cutoffTime': '17:00',
      'shop.timeZone': 'Asia/Shanghai',
    });
    // The supervisor's phrase came down with the first sync; the desk works and syncs on.
    expect((await kefuAsync(agent, 'phrases', 'search', 'mb199')).out).toContain('[mb199]');
    const later = await kefuAsync(agent, 'sync', '--json');
    expect(later.code).toBe(0);
    expect(JSON.parse(later.out)).toMatchObject({ rejected: 0, status: { state: 'synced', issues: 0 } });

    const twice = await kefuAsync(agent, 'join', '--server', serverUrl, '--token', tokens.KF007!);
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('kefu sync --server');
  }, 90_000);

  it('refuses a wrong token, an unreachable server or missing options by option, leaving the desk new', async () => {
    const dir = freshDir();
    const wrongToken = await kefuAsync(dir, 'join', '--server', serverUrl, '--token', 'not-a-token');
    expect(wrongToken.code).toBe(1);
    expect(wrongToken.err).toContain('无法加入店铺：\n  --token: 服务器不接受此令牌');

    const nobody = await kefuAsync(dir, 'join', '--server', 'http://127.0.0.1:9', '--token', tokens.KF007!);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toMatch(/^ {2}--server: /m);

    const missing = await kefuAsync(dir, 'join', '--free-shipping', 'abc');
    expect(missing.code).toBe(1);
    expect(missing.err.split('\n')).toEqual([
      '无法加入店铺，请修改以下选项：',
      '  --server: 请填写服务器地址',
      '  --token: 请填写令牌',
      '  --free-shipping: 请输入金额，例如 99 或 99.00（最多两位小数）',
      '',
    ]);
    expect(settingsOf(dir)['agent.agentCode']).toBeNull();
  }, 90_000);
});
