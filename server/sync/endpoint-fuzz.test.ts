/**
 * Fuzzing the sync endpoints (issue 12): generated push and pull bodies — arbitrary JSON, and
 * well-formed envelopes carrying arbitrary mutations with hostile values — must never get a 5xx,
 * and a refused request must write nothing. `KEFU_FUZZ_BODIES` sets how many bodies each storage
 * gets (default 5,000: 10,000 per run over PGlite and PostgreSQL).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { SYNC_PATHS } from '../../common/sync/protocol';
import { SYNC_COLUMNS } from '../../common/sync/sync-columns.generated';
import { SYNC_TABLES } from '../../common/sync/sync-tables';
import { describeEachStorage, seedShop, shopState } from '../test-support/test-server';
import { fullRow, postJson, TestDesk, VERSIONS } from '../test-support/sync-client';

const BODIES = Number(process.env.KEFU_FUZZ_BODIES ?? 5_000);

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '\u0000', '\ud800x', 'x'.repeat(3_000), '长'.repeat(6_000), '-1', 'null'),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 60), 1.5, Number.MAX_SAFE_INTEGER, null, true),
  fc.jsonValue({ maxDepth: 3 }),
);

const tableName = fc.constantFrom(...SYNC_TABLES);
const mutationName = fc.oneof(
  fc.tuple(tableName, fc.constantFrom('put', 'patch', 'delete')).map(([table, op]) => `${table}.${op}`),
  fc.string({ maxLength: 70 }),
);

/** A row of `table` with some columns replaced (or added) with hostile values. */
const hostileArgs = fc.oneof(
  tableName.chain((table) =>
    fc
      .dictionary(
        fc.oneof(fc.constantFrom(...Object.keys(SYNC_COLUMNS[table])), fc.string({ maxLength: 12 })),
        hostileValue,
        { maxKeys: 4 },
      )
      .map((changes) => ({ ...fullRow(table), ...changes })),
  ),
  fc.record({ id: hostileString, fields: fc.dictionary(fc.string({ maxLength: 12 }), hostileValue) }),
  fc.record({ id: hostileString, deletedAt: hostileValue }),
  fc.dictionary(fc.string({ maxLength: 12 }), hostileValue),
);

const mutations = fc.array(fc.record({ name: mutationName, args: hostileArgs, createdAt: fc.nat() }), {
  minLength: 1,
  maxLength: 5,
});

type Body = { path: 'push' | 'pull'; body: unknown };

const bodies: fc.Arbitrary<Body> = fc.oneof(
  { weight: 5, arbitrary: mutations.map((list) => ({ path: 'push' as const, body: { mutations: list } })) },
  { weight: 1, arbitrary: fc.jsonValue().map((body) => ({ path: 'push' as const, body })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ since: hostileValue, limit: fc.oneof(hostileValue, fc.integer({ min: 1, max: 20_000 })) })
      .map((fields) => ({ path: 'pull' as const, body: fields })),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((body) => ({ path: 'pull' as const, body })) },
);

describeEachStorage('fuzzed push and pull bodies', (env) => {
  it(`${BODIES} generated bodies: never a 5xx, nothing written by a refused one`, async () => {
    const server = await env.startServer({
      rateLimit: { max: 10_000_000, timeWindowMs: 60_000 },
      failedAuthLimit: { max: 10_000_000, timeWindowMs: 60_000 },
    });
    const shop = await seedShop(env.storage);
    const desk = new TestDesk(server.url, shop.agent.token);
    let state = await shopState(env.storage, shop.shopId);
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(bodies, async ({ path, body }) => {
        // A push numbered where the server is, so most reach the mutations rather than a gap.
        const envelope =
          path === 'push' && typeof body === 'object' && body !== null && 'mutations' in body
            ? desk.pushBody(
                (body as { mutations: { name: string; args: Record<string, unknown> }[] }).mutations,
              )
            : { ...VERSIONS, clientId: desk.clientId, ...(body as object) };
        const answer = await postJson<{ lastMutationId?: number }>(
          server.url + (path === 'push' ? SYNC_PATHS.push : SYNC_PATHS.pull),
          typeof body === 'object' && body !== null && !Array.isArray(body) ? envelope : body,
          shop.agent.token,
        );
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status, JSON.stringify(answer.body).slice(0, 500)).toBeLessThan(500);
        const after = await shopState(env.storage, shop.shopId);
        if (answer.status !== 200) expect(after).toEqual(state);
        else if (path === 'push' && typeof answer.body.lastMutationId === 'number')
          desk.lastSent = answer.body.lastMutationId;
        state = after;
      }),
      { numRuns: BODIES },
    );
    // The bodies reached every stage: accepted pushes, per-mutation refusals and 400s alike.
    expect(statuses.get(200)).toBeGreaterThan(BODIES / 10);
    expect(statuses.get(400)).toBeGreaterThan(BODIES / 20);
    await server.app.close();
  }, 600_000);
});
