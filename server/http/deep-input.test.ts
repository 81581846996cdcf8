import { beforeAll, expect, it } from 'vitest';
import { errorResponseSchema, SYNC_PATHS, SYNC_SCHEMA_VERSION } from '../../common/sync/protocol';
import { describeEachStorage, seedShop, shopState, type TestShop } from '../test-support/test-server';
import { fullRow, postJson, put, TestDesk, VERSIONS, type Answer } from '../test-support/sync-client';
import { ADMIN_PATHS } from './admin-routes';

/** `depth` arrays, one inside the other, around `inner`. */
const nested = (depth: number, inner = '0') => '['.repeat(depth) + inner + ']'.repeat(depth);

function expectBadRequest(answer: Answer, mentions: string) {
  expect(answer.status).toBe(400);
  const { error } = errorResponseSchema.parse(answer.body);
  expect(error.code).toBe('badRequest');
  expect(error.message).toContain(mentions);
  expect(error.message).toContain('nested');
}

describeEachStorage('deeply nested bodies', (env) => {
  let shop: TestShop;
  let desk: TestDesk;

  beforeAll(async () => {
    shop = await seedShop(env.storage);
    desk = new TestDesk(env.url, shop.agent.token);
  });

  /** A push whose first mutation's args.note (or patch field) is `depth` arrays deep, sent as raw JSON. */
  const pushNested = (name: 'put' | 'patch', depth: number) => {
    const marker = '"__deep__"';
    const mutation =
      name === 'put'
        ? put('tasks', fullRow('tasks', { note: '__deep__' }))
        : { name: 'tasks.patch', args: { id: 'x', fields: { note: '__deep__' } } };
    const raw = JSON.stringify(desk.pushBody([mutation])).replace(marker, nested(depth));
    return postJson(env.url + SYNC_PATHS.push, null, shop.agent.token, raw);
  };

  it('10,000 nested arrays in a put column are 400 naming mutations.0.args.note, nothing written', async () => {
    expectBadRequest(await pushNested('put', 10_000), 'mutations.0.args.note');
    expectBadRequest(await pushNested('patch', 10_000), 'mutations.0.args.fields.note');
    expect(await shopState(env.storage, shop.shopId)).toEqual({ rows: 0, maxRowVersion: 0, version: 0 });
  });

  it('nesting up to the body limit is 400, not 500', async () => {
    expectBadRequest(await pushNested('put', 130_000), 'mutations.0.args.note');
    const objects = '{"a":'.repeat(40_000) + '1' + '}'.repeat(40_000);
    const answer = await postJson(env.url + SYNC_PATHS.push, null, shop.agent.token, objects);
    expectBadRequest(answer, 'a.a.a');
  });

  it('pull and admin bodies are checked the same way', async () => {
    const pull = `{"schemaVersion":${SYNC_SCHEMA_VERSION},"appVersion":"0.1.0","clientId":${nested(10_000)},"since":0}`;
    expectBadRequest(await postJson(env.url + SYNC_PATHS.pull, null, shop.agent.token, pull), 'clientId');
    const admin = JSON.stringify({ ...VERSIONS, code: '__deep__', name: 'x', role: 'agent' }).replace(
      '"__deep__"',
      nested(10_000),
    );
    expectBadRequest(await postJson(env.url + ADMIN_PATHS.agents, null, shop.admin.token, admin), 'code');
  });

  it('ordinary nesting still passes', async () => {
    const answer = await desk.push(put('tasks', fullRow('tasks')));
    expect(answer.results).toMatchObject([{ outcome: 'applied' }]);
  });
});
