import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema, SYNC_PATHS, type ErrorResponse } from '../../common/sync/protocol';
import { revokeAgentTokens } from '../admin/shop-admin';
import { describeEachStorage, seedShop, shopState, type TestShop } from '../test-support/test-server';
import {
  fullRow,
  getJson,
  postJson,
  put,
  TestDesk,
  VERSIONS,
  type Answer,
} from '../test-support/sync-client';

/** Every refusal has the protocol's error shape; the message names the field. */
function expectRefused(answer: Answer<unknown>, status: number, code: string, mentions: string) {
  expect(answer.status).toBe(status);
  const body = errorResponseSchema.parse(answer.body) as ErrorResponse;
  expect(body.error.code).toBe(code);
  expect(body.error.message).toContain(mentions);
}

describeEachStorage('bad input', (env) => {
  let shop: TestShop;
  let desk: TestDesk;
  const nothingWritten = async () =>
    expect(await shopState(env.storage, shop.shopId)).toEqual({ rows: 0, maxRowVersion: 0, version: 0 });

  beforeAll(async () => {
    shop = await seedShop(env.storage);
    desk = new TestDesk(env.url, shop.agent.token);
  });

  describe('push bodies', () => {
    it('malformed JSON is 400 badRequest naming the body', async () => {
      const answer = await postJson(
        env.url + SYNC_PATHS.push,
        null,
        shop.agent.token,
        '{"schemaVersion": 1, "mut',
      );
      expectRefused(answer, 400, 'badRequest', 'body: not valid JSON');
      await nothingWritten();
    });

    it('wrong types in the envelope are 400 naming each field', async () => {
      const body = { ...desk.pushBody([put('tasks', fullRow('tasks'))]), clientId: 42 };
      expectRefused(await desk.pushRaw(body), 400, 'badRequest', 'clientId');
      const badId = desk.pushBody([put('tasks', fullRow('tasks'))]);
      (badId.mutations[0] as Record<string, unknown>).id = 'one';
      expectRefused(await desk.pushRaw(badId), 400, 'badRequest', 'mutations.0.id');
      await nothingWritten();
    });

    it('more than 100 mutations is 400', async () => {
      const inputs = Array.from({ length: 101 }, () => put('tasks', fullRow('tasks')));
      expectRefused(await desk.pushRaw(desk.pushBody(inputs)), 400, 'badRequest', 'mutations');
      await nothingWritten();
    });

    it('more than 256 KB of mutations is 413 payloadTooLarge', async () => {
      const inputs = Array.from({ length: 3 }, () =>
        put('tasks', fullRow('tasks', { note: '备'.repeat(30_000) })),
      );
      expectRefused(await desk.pushRaw(desk.pushBody(inputs)), 413, 'payloadTooLarge', 'mutations');
      const huge = [put('tasks', fullRow('tasks', { note: 'x'.repeat(400_000) }))];
      expectRefused(await desk.pushRaw(desk.pushBody(huge)), 413, 'payloadTooLarge', 'body');
      await nothingWritten();
    });

    // A well-formed push whose mutation is wrong is answered per mutation (issue 12: one bad
    // value must never stop a desk's queue): that mutation is rejected naming the field, its id
    // is used up, and nothing of it is written.
    it('a wrong column type, an unknown mutation name or column is rejected alone, naming it', async () => {
      const local = await seedShop(env.storage);
      const sender = new TestDesk(env.url, local.agent.token);
      const answer = await sender.push(
        put('tasks', fullRow('tasks', { due_at: 'tomorrow' })),
        { name: 'orders.refund', args: { id: 'x' } },
        put('tasks', fullRow('tasks', { colour: 'red' })),
        { name: 'orders.patch', args: { id: 'o1', fields: { shop_id: 'other' } } },
      );
      expect(answer.lastMutationId).toBe(4);
      const refusals = answer.results.map((result) => [result.outcome, result.error?.code]);
      expect(refusals).toEqual(Array(4).fill(['rejected', 'invalid']));
      const messages = answer.results.map((result) => result.error!.message);
      expect(messages[0]).toContain('due_at');
      expect(messages[1]).toContain('unknown mutation "orders.refund"');
      expect(messages[2]).toContain('colour');
      expect(messages[3]).toContain('shop_id');
      expect(await shopState(env.storage, local.shopId)).toEqual({ rows: 0, maxRowVersion: 0, version: 0 });
    });

    it('ids that are not consecutive within a batch are 400', async () => {
      const body = desk.pushBody([put('tasks', fullRow('tasks')), put('tasks', fullRow('tasks'))]);
      body.mutations[1]!.id = 5;
      expectRefused(await desk.pushRaw(body), 400, 'badRequest', 'consecutive');
      await nothingWritten();
    });

    it('an old schemaVersion is 426 updateRequired, and so is an app older than supported', async () => {
      const body = { ...desk.pushBody([put('tasks', fullRow('tasks'))]), schemaVersion: 0.5 };
      expectRefused(await desk.pushRaw(body), 400, 'badRequest', 'schemaVersion');
      const old = { ...desk.pushBody([put('tasks', fullRow('tasks'))]), schemaVersion: 99 };
      expectRefused(await desk.pushRaw(old), 426, 'updateRequired', 'schemaVersion: 99');
      const oldApp = { ...desk.pushBody([put('tasks', fullRow('tasks'))]), appVersion: '0.0.9' };
      expectRefused(await desk.pushRaw(oldApp), 426, 'updateRequired', 'appVersion: 0.0.9');
      const whoami = await getJson(env.url + SYNC_PATHS.whoAmI, shop.agent.token, {
        'x-kefu-schema-version': '0',
        'x-kefu-app-version': '0.1.0',
      });
      expectRefused(whoami, 400, 'badRequest', 'x-kefu-schema-version');
      const noHeaders = await getJson(env.url + SYNC_PATHS.whoAmI, shop.agent.token, {});
      expectRefused(noHeaders, 400, 'badRequest', 'x-kefu-schema-version header');
      await nothingWritten();
    });
  });

  describe('tokens and clients', () => {
    it('a missing, unknown or malformed token is 401', async () => {
      const body = desk.pushBody([put('tasks', fullRow('tasks'))]);
      expectRefused(await postJson(env.url + SYNC_PATHS.push, body), 401, 'unauthorized', 'Authorization');
      expectRefused(
        await postJson(env.url + SYNC_PATHS.push, body, 'kefu_notARealToken'),
        401,
        'unauthorized',
        'not known',
      );
      const pullAnswer = await postJson(env.url + SYNC_PATHS.pull, {
        ...VERSIONS,
        clientId: randomUUID(),
        since: 0,
      });
      expectRefused(pullAnswer, 401, 'unauthorized', 'Authorization');
      await nothingWritten();
    });

    it('a revoked token is 401', async () => {
      const local = await seedShop(env.storage);
      const revokedDesk = new TestDesk(env.url, local.otherAgent.token);
      await revokedDesk.push(put('tasks', fullRow('tasks')));
      expect(await revokeAgentTokens(env.storage.db, local.shopId, 'A02')).toBe(1);
      const before = await shopState(env.storage, local.shopId);
      const answer = await revokedDesk.pushRaw(revokedDesk.pushBody([put('tasks', fullRow('tasks'))]));
      expectRefused(answer, 401, 'unauthorized', 'revoked');
      expectRefused(await revokedDesk.pullRaw(0), 401, 'unauthorized', 'revoked');
      expect(await shopState(env.storage, local.shopId)).toEqual(before);
    });

    it("another agent's clientId is 403 on push; a pull with it is answered like an unknown clientId; nothing is written", async () => {
      const local = await seedShop(env.storage);
      const mine = new TestDesk(env.url, local.otherAgent.token);
      await mine.push(put('tasks', fullRow('tasks')));
      const before = await shopState(env.storage, local.shopId);
      const thief = new TestDesk(env.url, local.agent.token, mine.clientId);
      thief.lastSent = 1;
      expectRefused(
        await thief.pushRaw(thief.pushBody([put('tasks', fullRow('tasks'))])),
        403,
        'forbidden',
        'clientId',
      );
      // Issue 12, finding 12: a 403 here told that the id exists; an unknown id gets 200.
      const borrowed = await thief.pullRaw(0);
      const unknown = await new TestDesk(env.url, local.agent.token).pullRaw(0);
      expect(borrowed.status).toBe(200);
      expect({ ...borrowed.body, rows: borrowed.body.rows.length }).toEqual({
        ...unknown.body,
        rows: unknown.body.rows.length,
      });
      expect(borrowed.body.lastMutationId).toBe(0);
      expect(await shopState(env.storage, local.shopId)).toEqual(before);
    });

    it("another shop's token pushing the same clientId is 403", async () => {
      const [local, other] = [await seedShop(env.storage), await seedShop(env.storage)];
      const mine = new TestDesk(env.url, local.supervisor.token);
      await mine.push(put('tasks', fullRow('tasks')));
      const foreign = new TestDesk(env.url, other.agent.token, mine.clientId);
      expectRefused(
        await foreign.pushRaw(foreign.pushBody([put('tasks', fullRow('tasks'))], 2)),
        403,
        'forbidden',
        'clientId',
      );
      expect(await shopState(env.storage, other.shopId)).toEqual({ rows: 0, maxRowVersion: 0, version: 0 });
    });
  });

  it('an unknown path is 404 in the error shape', async () => {
    expectRefused(await getJson(`${env.url}/v1/nothing`, shop.agent.token), 404, 'notFound', '/v1/nothing');
  });
});
