/**
 * The desktop sync client against the REAL sync server (server/, Fastify on an in-memory
 * PGlite, over real HTTP): two desks that worked offline, bound and synced. Lives under
 * electron/cli because the client core may not import the server; the CLI layer may.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, createShop, pruneTombstones, revokeAgentTokens } from '../../server/admin/shop-admin';
import { openStorage, type Storage } from '../../server/database/storage';
import { buildApp } from '../../server/http/app';
import { customerInputSchema } from '../core/customers/customer-schema';
import { inquiryLogInputSchema } from '../core/customers/inquiry-schema';
import { orderInputSchema } from '../core/orders/order-schema';
import { phraseInputSchema } from '../core/phrases/phrase-schema';
import { createHttpTransport } from '../core/sync/http-transport';
import { createOutbox } from '../core/sync/outbox-batches';
import { pullPages } from '../core/sync/pull-apply';
import { createRowApply } from '../core/sync/row-apply';
import { bindToServer } from '../core/sync/sync-binding';
import { createSyncEngine } from '../core/sync/sync-engine';
import { createSyncStateStore } from '../core/sync/sync-state-store';
import { SyncTransportError, type SyncTransport } from '../core/sync/sync-transport';
import { openTestDesk } from '../core/test-support/test-desk';
import { kefuAsync, setUpShop } from './cli-test-harness';

const APP_VERSION = '0.1.0';
const MORNING = Date.UTC(2026, 10, 24, 1, 0);
const FIXTURE = readFileSync(new URL('../../../shared/fixtures/taobao-orders-sample.csv', import.meta.url));

let storage: Storage;
let app: FastifyInstance;
let serverUrl: string;
let shopId: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  storage = await openStorage({ kind: 'pglite', dataDir: 'memory://' });
  await storage.migrate();
  app = await buildApp({ storage, rateLimit: { max: 1_000_000, timeWindowMs: 60_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  serverUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  ({ shopId } = await createShop(storage.db, '小鹿家居旗舰店'));
  for (const [code, role] of [
    ['kf001', 'supervisor'],
    ['kf007', 'agent'],
    ['kf008', 'agent'],
    ['kf009', 'agent'],
    ['kf010', 'agent'],
    ['kf011', 'agent'],
    ['kf012', 'agent'],
    ['kf013', 'agent'],
    ['kf014', 'agent'],
    ['kf015', 'agent'],
    ['kf016', 'agent'],
    ['kf017', 'agent'],
  ] as const) {
    tokens[code] = (await createAgent(storage.db, { shopId, code, name: code, role })).token;
  }
}, 60_000);

afterAll(async () => {
  await app?.close();
  await storage?.close();
});

function desk(role: 'agent' | 'supervisor', dir?: string) {
  const clock = { at: MORNING, now: () => clock.at };
  const opened = openTestDesk({
    clock,
    role,
    appVersion: APP_VERSION,
    prefix: 'kefu-sync-',
    ...(dir ? { dir } : {}),
  });
  const rows = (sql: string) =>
    (opened.database.sqlite.prepare(sql).raw().all() as unknown[][]).map((r) => r.join(' | '));
  return { ...opened, clock, sqlite: opened.database.sqlite, rows };
}

/** What a desk holds of the shared data, comparable across desks. */
const SHARED = [
  'select id, order_no, status, remark, customer_id, version from orders order by id',
  'select id, order_id, title from order_items order by id',
  'select id, nick, phones from customers order by id',
  'select id, group_id, title, body, version from phrases where deleted_at is null order by id',
  'select id, name from phrase_groups order by id',
  `select id, order_id, kind from tasks where source = 'rule' order by id`,
];

describe('sync through the real server', () => {
  it('brings two desks that imported the same export offline to the same rows, and carries later edits both ways', async () => {
    const supervisor = desk('supervisor');
    const agent = desk('agent');
    for (const { core } of [supervisor, agent]) {
      await core.orders.importApply('taobao.csv', FIXTURE);
      core.tasks.tick();
    }

    const first = await supervisor.core.sync.configure({ serverUrl, token: tokens.kf001! });
    expect(first).toMatchObject({
      state: 'synced',
      pending: 0,
      issues: 0,
      agentCode: 'kf001',
      role: 'supervisor',
    });
    const second = await agent.core.sync.configure({ serverUrl: `${serverUrl}/`, token: tokens.kf007! });
    expect(second).toMatchObject({
      state: 'synced',
      pending: 0,
      issues: 0,
      agentCode: 'kf007',
      role: 'agent',
    });
    // The pull brought the team's rows: open lists learn it from the status they poll.
    expect(second.rowsChangedAt).toBe(MORNING);
    await supervisor.core.sync.now();
    for (const sql of SHARED) expect(agent.rows(sql), sql).toEqual(supervisor.rows(sql));
    expect(agent.rows('select count(*) from orders')).toEqual(['8']);

    // An order remark edited by the agent and a phrase added by the supervisor cross over.
    const orderId = agent.rows('select id from orders order by order_no limit 1')[0]!;
    agent.clock.at += 60_000;
    agent.core.orders.setRemark({ id: orderId, remark: '改发顺丰', flag: 'red', reason: '买家要求' });
    const groupId = supervisor.rows(
      `select id from phrase_groups where scope = 'team' order by sort_order limit 1`,
    )[0]!;
    supervisor.clock.at += 60_000;
    const phrase = supervisor.core.library.savePhrase(
      phraseInputSchema.parse({
        groupId,
        title: '顺丰加急',
        shortcut: 'sfjj',
        body: '亲，已为您改发顺丰~',
        tags: [],
        stage: 'general',
        scope: 'team',
      }),
    );
    expect(agent.core.sync.status()).toMatchObject({ state: 'pending' });
    await agent.core.sync.now();
    await supervisor.core.sync.now();
    await agent.core.sync.now();
    expect(supervisor.rows(`select remark, remark_flag from orders where id = '${orderId}'`)).toEqual([
      '改发顺丰 | red',
    ]);
    expect(
      supervisor.rows(
        `select reason, agent_code from order_remarks where order_id = '${orderId}' and reason = '买家要求'`,
      ),
    ).toEqual(['买家要求 | kf007']);
    expect(agent.rows(`select title, body from phrases where id = '${phrase.id}'`)).toEqual([
      '顺丰加急 | 亲，已为您改发顺丰~',
    ]);
    for (const sql of SHARED) expect(agent.rows(sql), sql).toEqual(supervisor.rows(sql));
    expect(agent.core.sync.status()).toMatchObject({ state: 'synced', pending: 0 });
  });

  it('rolls back an agent’s edit of a team phrase the server refuses and lists it as a sync issue', async () => {
    await desk('supervisor').core.sync.configure({ serverUrl, token: tokens.kf001! });
    const agent = desk('agent');
    await agent.core.sync.configure({ serverUrl, token: tokens.kf008! });
    const [id, body] = agent
      .rows(`select id, body from phrases where scope = 'team' order by id limit 1`)[0]!
      .split(' | ');
    // The app refuses this to agents; an older or tampered install could still write it.
    agent.sqlite
      .prepare(`update phrases set body = '私自改的话术', updated_at = updated_at + 1 where id = ?`)
      .run(id);
    expect(agent.core.sync.status()).toMatchObject({ state: 'pending', pending: 1 });

    const status = await agent.core.sync.now();
    expect(status).toMatchObject({ state: 'synced', pending: 0, issues: 1 });
    expect(agent.rows(`select body from phrases where id = '${id}'`)).toEqual([body]);
    expect(agent.core.sync.issues()).toEqual([
      expect.objectContaining({
        table: 'phrases',
        op: 'patch',
        rowId: id,
        errorCode: 'forbidden',
        messageKey: 'sync.issue.forbidden',
      }),
    ]);
    const [issue] = agent.core.sync.issues();
    expect(agent.core.sync.dismissIssue(issue!.mutationId)).toBe(true);
    expect(agent.core.sync.status().issues).toBe(0);
  });

  it('undoes a refused edit whose answer got lost: the resend hears the refusal again and rolls it back', async () => {
    await desk('supervisor').core.sync.configure({ serverUrl, token: tokens.kf001! });
    const agent = desk('agent');
    await agent.core.sync.configure({ serverUrl, token: tokens.kf008! });
    const [id, body] = agent
      .rows(`select id, body from phrases where scope = 'team' order by id desc limit 1`)[0]!
      .split(' | ');
    agent.sqlite
      .prepare(`update phrases set body = '答复丢失的修改', updated_at = updated_at + 1 where id = ?`)
      .run(id);
    const losingAnswers = (server: { serverUrl: string; token: string }): SyncTransport => {
      const http = createHttpTransport({ ...server, appVersion: APP_VERSION });
      return {
        whoAmI: () => http.whoAmI(),
        pull: (request) => http.pull(request),
        // The server commits the push; its answer never arrives.
        push: async (request) => {
          await http.push(request);
          throw new SyncTransportError('network', 'socket hang up');
        },
      };
    };
    const engine = (transportFor?: (server: { serverUrl: string; token: string }) => SyncTransport) =>
      createSyncEngine({
        sqlite: agent.sqlite,
        now: agent.clock.now,
        appVersion: APP_VERSION,
        ...(transportFor ? { transportFor } : {}),
      });
    expect((await engine(losingAnswers).run()).status.state).toBe('offline');
    expect(agent.rows(`select body from phrases where id = '${id}'`)).toEqual(['答复丢失的修改']);

    const healed = await engine().run();
    expect(healed.status).toMatchObject({ state: 'synced', pending: 0 });
    expect(agent.rows(`select body from phrases where id = '${id}'`)).toEqual([body]);
    expect(agent.rows('select count(*) from phrases where version < 0')).toEqual(['0']);
  });

  it('keeps a pending local patch on top of an older server row that a pull brings', async () => {
    const supervisor = desk('supervisor');
    const agent = desk('agent');
    await supervisor.core.sync.configure({ serverUrl, token: tokens.kf001! });
    await agent.core.sync.configure({ serverUrl, token: tokens.kf009! });
    const order = supervisor.core.orders.save(
      orderInputSchema.parse({ orderNo: '900000000000000001', buyerNick: 'tb_rebase', totalFen: 9900 }),
    );
    await supervisor.core.sync.now();
    await agent.core.sync.now();

    // The agent changes the remark offline; meanwhile the supervisor changes the address.
    agent.clock.at += 60_000;
    agent.core.orders.setRemark({ id: order.id, remark: '先别发', flag: null, reason: '买家改地址' });
    supervisor.clock.at += 60_000;
    supervisor.core.orders.save(
      orderInputSchema.parse({
        id: order.id,
        orderNo: '900000000000000001',
        buyerNick: 'tb_rebase',
        totalFen: 9900,
        receiverAddress: '杭州市西湖区文三路 1 号',
      }),
    );
    await supervisor.core.sync.now();

    // A pull alone (the agent's push has not happened): the server's row predates the remark.
    const state = createSyncStateStore(agent.sqlite, agent.clock.now);
    const bound = state.bound()!;
    const outbox = createOutbox(agent.sqlite);
    await pullPages({
      sqlite: agent.sqlite,
      outbox,
      rows: createRowApply(agent.sqlite),
      state,
      transport: createHttpTransport({ serverUrl, token: bound.token, appVersion: APP_VERSION }),
      clientId: bound.clientId,
      shopId: bound.binding.shopId,
      appVersion: APP_VERSION,
      idle: async () => undefined,
    });
    expect(agent.rows(`select receiver_address, remark from orders where id = '${order.id}'`)).toEqual([
      '杭州市西湖区文三路 1 号 | 先别发',
    ]);
    expect(outbox.pending()).toBeGreaterThan(0);

    await agent.core.sync.now();
    await supervisor.core.sync.now();
    expect(supervisor.rows(`select receiver_address, remark from orders where id = '${order.id}'`)).toEqual([
      '杭州市西湖区文三路 1 号 | 先别发',
    ]);
  });

  it('merges a local row that holds a pulled row’s unique key under another id, with what points at it', async () => {
    const supervisor = desk('supervisor');
    const agent = desk('agent');
    await supervisor.core.sync.configure({ serverUrl, token: tokens.kf001! });
    await agent.core.sync.configure({ serverUrl, token: tokens.kf009! });
    const nick = 'tb_同名买家';
    supervisor.core.customers.save(customerInputSchema.parse({ nick, notes: '老客户' }));
    await supervisor.core.sync.now();
    // The agent's desk holds the same buyer under a random id (made before natural ids, say),
    // with an inquiry about them, both still pending.
    const localId = '11111111-2222-4333-8444-555555555555';
    const agentShop = agent.core.settings.identity()!.shopId;
    agent.sqlite
      .prepare(
        `insert into customers (id, shop_id, created_at, updated_at, platform, nick, phones) values (?, ?, 1, 1, 'taobao', ?, '["13900000000"]')`,
      )
      .run(localId, agentShop, nick);
    const inquiry = agent.core.inquiries.log(
      inquiryLogInputSchema.parse({ customerId: localId, product: '沙发', outcome: 'pending' }),
    );

    const state = createSyncStateStore(agent.sqlite, agent.clock.now);
    const bound = state.bound()!;
    await pullPages({
      sqlite: agent.sqlite,
      outbox: createOutbox(agent.sqlite),
      rows: createRowApply(agent.sqlite),
      state,
      transport: createHttpTransport({ serverUrl, token: bound.token, appVersion: APP_VERSION }),
      clientId: bound.clientId,
      shopId: bound.binding.shopId,
      appVersion: APP_VERSION,
      idle: async () => undefined,
    });
    const serverId = supervisor.rows(`select id from customers where nick = '${nick}'`)[0]!;
    expect(agent.rows(`select id, phones from customers where nick = '${nick}'`)).toEqual([
      `${serverId} | ["13900000000"]`,
    ]);
    expect(agent.rows(`select customer_id from inquiries where id = '${inquiry.id}'`)).toEqual([serverId]);

    await agent.core.sync.now();
    await supervisor.core.sync.now();
    expect(supervisor.rows(`select id, phones from customers where nick = '${nick}'`)).toEqual([
      `${serverId} | ["13900000000"]`,
    ]);
    expect(agent.core.sync.status()).toMatchObject({ state: 'synced', issues: 0 });
  });

  it('resumes a first sync stopped after its first page and ends with the same rows', async () => {
    const reference = desk('agent');
    await reference.core.sync.configure({ serverUrl, token: tokens.kf010! });

    const fresh = desk('agent');
    const who = await createHttpTransport({
      serverUrl,
      token: tokens.kf010!,
      appVersion: APP_VERSION,
    }).whoAmI();
    bindToServer(fresh.sqlite, { serverUrl, token: tokens.kf010!, whoAmI: who, now: MORNING });
    let pulls = 0;
    const failingAfterOnePage = (server: { serverUrl: string; token: string }): SyncTransport => {
      const http = createHttpTransport({ ...server, appVersion: APP_VERSION });
      return {
        whoAmI: () => http.whoAmI(),
        push: (request) => http.push(request),
        pull: (request) => {
          pulls += 1;
          if (pulls > 1) return Promise.reject(new SyncTransportError('network', 'connection reset'));
          return http.pull(request);
        },
      };
    };
    const engine = createSyncEngine({
      sqlite: fresh.sqlite,
      now: fresh.clock.now,
      appVersion: APP_VERSION,
      transportFor: failingAfterOnePage,
      pullPageSize: 5,
      backoff: { random: () => 0.5 },
    });
    const stopped = await engine.run();
    expect(stopped.status.state).toBe('offline');
    expect(stopped.retryInMs).toBe(1500);
    const cursor = engine.state.get('cursor')!;
    expect(cursor).toBeGreaterThan(0);
    const partial = fresh.rows('select count(*) from phrases')[0];

    // The desk restarts: a new connection over the same file picks up from the stored cursor.
    fresh.database.close();
    const restarted = desk('agent', fresh.dir);
    let firstSince: number | null = null;
    const result = await createSyncEngine({
      sqlite: restarted.sqlite,
      now: restarted.clock.now,
      appVersion: APP_VERSION,
      pullPageSize: 5,
      transportFor: (server) => {
        const http = createHttpTransport({ ...server, appVersion: APP_VERSION });
        return {
          whoAmI: () => http.whoAmI(),
          push: (request) => http.push(request),
          pull: (request) => {
            firstSince ??= request.since;
            return http.pull(request);
          },
        };
      },
    }).run();
    expect(firstSince).toBe(cursor);
    expect(result.status.state).toBe('synced');
    expect(partial).not.toEqual(restarted.rows('select count(*) from phrases')[0]);
    for (const sql of SHARED) expect(restarted.rows(sql), sql).toEqual(reference.rows(sql));
  });

  it('answers a wrong token and an unreachable server as field errors; a disconnected desk queues nothing', async () => {
    const agent = desk('agent');
    await expect(agent.core.sync.configure({ serverUrl, token: 'not-a-token' })).rejects.toMatchObject({
      code: 'validation',
      details: { issues: [{ path: ['token'], messageKey: 'sync.error.unauthorized', params: {} }] },
    });
    await expect(
      agent.core.sync.configure({ serverUrl: 'http://127.0.0.1:1', token: tokens.kf007! }),
    ).rejects.toMatchObject({
      details: { issues: [{ path: ['serverUrl'], messageKey: 'sync.error.unreachable', params: {} }] },
    });
    expect(agent.core.sync.status()).toMatchObject({ state: 'unconfigured', serverUrl: null });

    expect(await agent.core.sync.configure({ serverUrl, token: tokens.kf007! })).toMatchObject({
      state: 'synced',
    });
    expect(await agent.core.sync.disconnect()).toMatchObject({ state: 'unconfigured', pending: 0 });
    agent.core.orders.save(
      orderInputSchema.parse({ orderNo: '900000000000000099', buyerNick: 'tb_after', totalFen: 1 }),
    );
    expect(agent.rows('select count(*) from sync_outbox')).toEqual(['0']);
  });

  it('shows updateRequired and unauthorized as errors while the desk keeps its changes for later', async () => {
    const agent = desk('agent');
    await agent.core.sync.configure({ serverUrl, token: tokens.kf012! });
    const order = agent.core.orders.save(
      orderInputSchema.parse({ orderNo: '900000000000000012', buyerNick: 'tb_old_app', totalFen: 100 }),
    );
    const engineAt = (appVersion: string) =>
      createSyncEngine({ sqlite: agent.sqlite, now: agent.clock.now, appVersion });

    const tooOld = await engineAt('0.0.1').run();
    expect(tooOld.status).toMatchObject({
      state: 'error',
      error: { code: 'updateRequired', messageKey: 'sync.error.updateRequired' },
    });
    expect(tooOld.retryInMs).toBeNull();
    expect(tooOld.status.pending).toBeGreaterThan(0);
    agent.core.orders.setRemark({ id: order.id, remark: '离线也能改', flag: null, reason: '测试' });

    const current = await engineAt(APP_VERSION).run();
    expect(current.status).toMatchObject({ state: 'synced', pending: 0, error: null });

    await revokeAgentTokens(storage.db, shopId, 'kf012');
    agent.core.orders.setRemark({ id: order.id, remark: '令牌已撤销', flag: null, reason: '测试' });
    const revoked = await engineAt(APP_VERSION).run();
    expect(revoked.status).toMatchObject({
      state: 'error',
      pending: 2,
      error: { code: 'unauthorized', messageKey: 'sync.error.unauthorized' },
    });
  });

  it('heals a mutation-id gap by sending the pending entries again from the server’s next id', async () => {
    const agent = desk('agent');
    await agent.core.sync.configure({ serverUrl, token: tokens.kf013! });
    const order = agent.core.orders.save(
      orderInputSchema.parse({ orderNo: '900000000000000013', buyerNick: 'tb_gap', totalFen: 100 }),
    );
    await agent.core.sync.now();
    agent.core.orders.setRemark({ id: order.id, remark: '第一次', flag: null, reason: '测试' });
    agent.core.orders.setRemark({ id: order.id, remark: '第二次', flag: null, reason: '测试' });
    // The oldest pending entry is lost (a restored backup, say): the server sees a gap.
    const first = agent.rows('select min(mutation_id) from sync_outbox')[0]!;
    agent.sqlite.prepare('delete from sync_outbox where mutation_id = ?').run(Number(first));

    const status = await agent.core.sync.now();
    expect(status).toMatchObject({ state: 'synced', pending: 0, issues: 0 });
    const reader = desk('supervisor');
    await reader.core.sync.configure({ serverUrl, token: tokens.kf001! });
    expect(reader.rows(`select remark from orders where id = '${order.id}'`)).toEqual(['第二次']);
  });

  it('starts over from 0 when the server pruned tombstones past the cursor, dropping rows deleted meanwhile', async () => {
    const supervisor = desk('supervisor');
    const agent = desk('agent');
    await supervisor.core.sync.configure({ serverUrl, token: tokens.kf001! });
    const gone = supervisor.core.orders.save(
      orderInputSchema.parse({ orderNo: '900000000000000014', buyerNick: 'tb_gone', totalFen: 100 }),
    );
    await supervisor.core.sync.now();
    await agent.core.sync.configure({ serverUrl, token: tokens.kf014! });
    expect(agent.rows(`select count(*) from orders where id = '${gone.id}'`)).toEqual(['1']);
    const kept = agent.core.orders.save(
      orderInputSchema.parse({ orderNo: '900000000000000015', buyerNick: 'tb_kept', totalFen: 100 }),
    );

    supervisor.sqlite
      .prepare(`update orders set deleted_at = ?, updated_at = ? where id = ?`)
      .run(MORNING + 5, MORNING + 5, gone.id);
    await supervisor.core.sync.now();
    await pruneTombstones(storage.db, 0, MORNING + 86_400_000);

    const pulls: { since: number }[] = [];
    const result = await createSyncEngine({
      sqlite: agent.sqlite,
      now: agent.clock.now,
      appVersion: APP_VERSION,
      transportFor: (server) => {
        const http = createHttpTransport({ ...server, appVersion: APP_VERSION });
        return {
          whoAmI: () => http.whoAmI(),
          push: (request) => http.push(request),
          pull: async (request) => {
            const page = await http.pull(request);
            pulls.push({ since: request.since });
            return page;
          },
        };
      },
    }).run();
    expect(result.status.state).toBe('synced');
    expect(pulls[0]!.since).toBeGreaterThan(0);
    expect(pulls.some((pull) => pull.since === 0)).toBe(true);
    expect(agent.rows(`select count(*) from orders where id = '${gone.id}'`)).toEqual(['0']);
    expect(agent.rows(`select order_no from orders where id = '${kept.id}'`)).toEqual(['900000000000000015']);
    expect(agent.rows('select count(*) from orders where version < 0')).toEqual(['0']);
  });

  it('syncs on its own once started: a change goes up shortly after it is made', async () => {
    const supervisor = desk('supervisor');
    const agent = desk('agent');
    await supervisor.core.sync.configure({ serverUrl, token: tokens.kf001! });
    await agent.core.sync.configure({ serverUrl, token: tokens.kf007! });
    const stopAgent = agent.core.sync.startScheduler({ periodMs: 60_000, debounceMs: 50, watchMs: 20 });
    const stopSupervisor = supervisor.core.sync.startScheduler({
      periodMs: 100,
      debounceMs: 50,
      watchMs: 20,
    });
    try {
      const order = agent.core.orders.save(
        orderInputSchema.parse({ orderNo: '900000000000000016', buyerNick: 'tb_auto', totalFen: 100 }),
      );
      const deadline = Date.now() + 10_000;
      while (supervisor.rows(`select count(*) from orders where id = '${order.id}'`)[0] !== '1') {
        if (Date.now() > deadline) throw new Error('the order never reached the other desk');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(agent.core.sync.status()).toMatchObject({ state: 'synced', pending: 0 });
    } finally {
      await stopAgent();
      await stopSupervisor();
    }
  });

  it('kefu sync connects with --server/--token, runs once and prints a localized summary', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-sync-cli-'));
    try {
      setUpShop(dataDir);
      const notConnected = await kefuAsync(dataDir, 'sync');
      expect(notConnected.code).toBe(1);
      expect(notConnected.err).toContain('尚未连接同步服务器');
      const refused = await kefuAsync(dataDir, 'sync', '--server', serverUrl, '--token', 'wrong');
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('token: 服务器不接受此令牌');
      const done = await kefuAsync(dataDir, 'sync', '--server', serverUrl, '--token', tokens.kf011!);
      expect(done.err).toBe('');
      expect(done.code).toBe(0);
      expect(done.out).toMatch(/^已上传 \d+ 条，被拒绝 0 条，已下载 \d+ 条；同步问题 0 条$/m);
      expect(done.out).toContain('状态：已同步（kf011 @ ' + serverUrl + '）');
      const again = await kefuAsync(dataDir, 'sync', '--json');
      expect(JSON.parse(again.out)).toMatchObject({
        pushed: 0,
        rejected: 0,
        status: { state: 'synced', pending: 0 },
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('values the server cannot store never stop a desk (issue 12, finding 1)', () => {
  it('kefu orders import of an export with a NUL byte in a buyer message, then kefu sync: every row reaches the server and another desk', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-sync-nul-'));
    try {
      setUpShop(dataDir);
      const text = iconv.decode(FIXTURE, 'gbk').replace('请用顺丰，谢谢', '请用顺\u0000丰，\u001b谢谢');
      const file = join(dataDir, 'taobao-nul.csv');
      writeFileSync(file, iconv.encode(text, 'gbk'));
      const imported = await kefuAsync(dataDir, 'orders', 'import', file);
      expect(imported.err).toBe('');
      expect(imported.code).toBe(0);
      const synced = await kefuAsync(
        dataDir,
        'sync',
        '--server',
        serverUrl,
        '--token',
        tokens.kf015!,
        '--json',
      );
      expect(synced.code).toBe(0);
      expect(JSON.parse(synced.out)).toMatchObject({
        rejected: 0,
        status: { state: 'synced', pending: 0, issues: 0 },
      });
      const other = desk('agent');
      await other.core.sync.configure({ serverUrl, token: tokens.kf016! });
      // The export's eight orders; the shop on the server also holds earlier tests' orders.
      expect(other.rows(`select count(*) from orders where order_no like '332100987654321000_'`)).toEqual([
        '8',
      ]);
      expect(other.rows(`select buyer_message from orders where order_no = '3321009876543210002'`)).toEqual([
        '请用顺丰，谢谢',
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a poisoned row from before the fix is set aside with its field named; the queue goes on; fix resends it cleaned', async () => {
    const agent = desk('agent');
    await agent.core.orders.importApply('taobao.csv', FIXTURE);
    await agent.core.sync.configure({ serverUrl, token: tokens.kf017! });
    const [first, second] = agent.rows('select id from orders order by order_no limit 2');
    // As a database written by an older version holds it: straight into SQLite, past every entry point.
    agent.sqlite
      .prepare(`update orders set buyer_message = ?, updated_at = updated_at + 1 where id = ?`)
      .run('周末送\u0000到', first);
    agent.sqlite
      .prepare(`update orders set remark = '后面的修改照常同步', updated_at = updated_at + 1 where id = ?`)
      .run(second);
    const status = await agent.core.sync.now();
    expect(status).toMatchObject({ state: 'synced', pending: 0, issues: 1 });
    const [issue] = agent.core.sync.issues();
    expect(issue).toMatchObject({
      table: 'orders',
      op: 'patch',
      rowId: first,
      errorCode: 'invalid',
      setAside: true,
      field: 'buyer_message',
      problem: 'unstorable',
    });
    // Kept on the desk as the agent has it, and the change after it reached the team.
    expect(agent.rows(`select buyer_message from orders where id = '${first}'`)).toEqual(['周末送\u0000到']);
    const other = desk('agent');
    await other.core.sync.configure({ serverUrl, token: tokens.kf016! });
    expect(other.rows(`select remark from orders where id = '${second}'`)).toEqual(['后面的修改照常同步']);

    expect(agent.core.sync.fixIssue(issue!.mutationId)).toEqual({ fields: ['buyer_message'] });
    expect(await agent.core.sync.now()).toMatchObject({ state: 'synced', pending: 0, issues: 0 });
    await other.core.sync.now();
    expect(other.rows(`select buyer_message from orders where id = '${first}'`)).toEqual(['周末送到']);
  });

  it('a change too large for any push is set aside as tooLarge while the rest goes; dismiss takes the server’s version back', async () => {
    const agent = desk('agent');
    await agent.core.orders.importApply('taobao.csv', FIXTURE);
    await agent.core.sync.configure({ serverUrl, token: tokens.kf014! });
    const [customer, notes] = agent
      .rows(`select id, notes from customers order by nick limit 1`)[0]!
      .split(' | ');
    const [order] = agent.rows('select id from orders order by order_no limit 1');
    agent.sqlite
      .prepare(`update customers set notes = ?, updated_at = updated_at + 1 where id = ?`)
      .run('很长的备注'.repeat(60_000), customer);
    agent.sqlite
      .prepare(`update orders set remark = '大改动之后的修改', updated_at = updated_at + 1 where id = ?`)
      .run(order);
    expect(await agent.core.sync.now()).toMatchObject({ state: 'synced', pending: 0, issues: 1 });
    const [issue] = agent.core.sync.issues();
    expect(issue).toMatchObject({
      table: 'customers',
      rowId: customer,
      errorCode: 'tooLarge',
      setAside: true,
      field: 'notes',
      problem: 'tooLong',
    });
    const other = desk('agent');
    await other.core.sync.configure({ serverUrl, token: tokens.kf016! });
    expect(other.rows(`select remark from orders where id = '${order}'`)).toEqual(['大改动之后的修改']);

    expect(agent.core.sync.dismissIssue(issue!.mutationId)).toBe(true);
    expect(agent.rows(`select notes from customers where id = '${customer}'`)).toEqual([notes]);
    expect(agent.core.sync.status()).toMatchObject({ issues: 0, pending: 0 });
  });
});
