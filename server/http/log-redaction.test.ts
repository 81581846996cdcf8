import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStorage, seedShop, type TestShop } from '../test-support/test-server';
import { fullRow, put, TestDesk } from '../test-support/sync-client';
import { SERVER_LOGGER } from './app';

const PHONE = '13912345678';
const ADDRESS = '江苏省苏州市工业园区星湖街328号';
/**
 * Rows with this id fail a CHECK constraint added for the test: an integrity error (SQLSTATE
 * class 23, not a value the push could reject alone), so the push fails with a 500 whose query
 * parameters and PostgreSQL detail hold the whole row.
 */
const POISON_ID = 'log-redaction-poison';

describeEachStorage('logs of failed requests', (env) => {
  let shop: TestShop;
  const lines: string[] = [];
  let url: string;

  beforeAll(async () => {
    await env.storage.db.execute(
      sql.raw(`ALTER TABLE rows ADD CONSTRAINT test_poison CHECK (id <> '${POISON_ID}')`),
    );
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().trim().split('\n'));
        done();
      },
    });
    url = (await env.startServer({ logger: { ...SERVER_LOGGER, level: 'info', stream } })).url;
    shop = await seedShop(env.storage);
  });

  it('keep the error, its SQL and field names, and drop the values of a failed query', async () => {
    const desk = new TestDesk(url, shop.supervisor.token);
    const order = fullRow('orders', { id: POISON_ID, receiver_phone: PHONE, receiver_address: ADDRESS });
    const answer = await desk.pushRaw(desk.pushBody([put('orders', order)]));
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).not.toContain(PHONE);

    const failed = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request failed');
    expect(failed).toBeDefined();
    expect(failed.err.type).toBe('DrizzleQueryError');
    expect(failed.err.message).toMatch(/^Failed query: insert into "rows"/);
    expect(failed.err.query).toMatch(/^insert into "rows"/);
    expect(failed.err.stack).toContain('DrizzleQueryError: Failed query:');
    expect(failed.err.cause).toMatchObject({
      code: '23514',
      message: expect.stringContaining('test_poison'),
      table: 'rows',
      constraint: 'test_poison',
    });
    const logged = lines.join('\n');
    expect(logged).not.toContain(PHONE);
    expect(logged).not.toContain(ADDRESS);
    expect(logged).not.toContain('params');
  });
});
