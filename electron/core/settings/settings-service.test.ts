import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/open-database';
import { SAMPLE_SETTINGS } from '../test-support/sample-settings';
import { settingsInputSchema } from './settings-schema';
import { createSettingsService } from './settings-service';

const dirs: string[] = [];
const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-settings-'));
  dirs.push(dir);
  const file = join(dir, 'kefu.sqlite');
  const database = openDatabase({ file });
  opened.push(database);
  let n = 0;
  const service = createSettingsService({
    db: database.db,
    clock: { now: () => 1_700_000_000_000 },
    newId: () => `id-${++n}`,
  });
  return { file, database, service };
}

const storedId = (database: OpenedDatabase, key: string) =>
  JSON.parse(
    database.sqlite.prepare('select value from settings where key = ?').pluck().get(key) as string,
  ) as string;

describe('settings service', () => {
  it('saves the profile again after the rows the stored ids point to are gone', () => {
    const { file, database, service } = setUp();
    service.save(SAMPLE_SETTINGS);
    // A restored backup or a hand-edited file: the settings keys dangle.
    database.sqlite.exec('delete from agents; delete from shops;');
    expect(service.get()).toMatchObject({ agent: null, shop: null });

    const saved = service.save({
      ...SAMPLE_SETTINGS,
      agent: { ...SAMPLE_SETTINGS.agent, agentCode: 'KF008' },
      shop: { ...SAMPLE_SETTINGS.shop, name: '小鹿家居二店' },
    });
    expect(saved.agent).toMatchObject({ agentCode: 'KF008' });
    expect(saved.shop).toMatchObject({ name: '小鹿家居二店' });

    // Written to the file, under the new ids, with the agent in the new shop.
    database.close();
    opened.splice(0);
    const reopened = openDatabase({ file });
    opened.push(reopened);
    const shopId = storedId(reopened, 'currentShopId');
    const agentId = storedId(reopened, 'currentAgentId');
    expect(reopened.sqlite.prepare('select name from shops where id = ?').pluck().get(shopId)).toBe(
      '小鹿家居二店',
    );
    expect(
      reopened.sqlite.prepare('select agent_code, shop_id from agents where id = ?').get(agentId),
    ).toEqual({ agent_code: 'KF008', shop_id: shopId });
  });

  it('saves when only the agent row dangles, keeping the shop', () => {
    const { database, service } = setUp();
    service.save(SAMPLE_SETTINGS);
    const shopId = storedId(database, 'currentShopId');
    database.sqlite.exec('delete from agents');

    const saved = service.save(SAMPLE_SETTINGS);
    expect(saved.agent).toMatchObject({ agentCode: 'KF007' });
    expect(storedId(database, 'currentShopId')).toBe(shopId);
    expect(database.sqlite.prepare('select count(*) from shops').pluck().get()).toBe(1);
    expect(
      database.sqlite
        .prepare('select shop_id from agents where id = ?')
        .pluck()
        .get(storedId(database, 'currentAgentId')),
    ).toBe(shopId);
  });

  it('waits for a concurrent writer (busy_timeout) instead of failing with SQLITE_BUSY', async () => {
    const { file, service } = setUp();
    service.save(SAMPLE_SETTINGS);
    // Another process (the CLI) holds the write lock for a moment and changes a setting.
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const writer = new Worker(
      `
      const { workerData } = require('node:worker_threads');
      const Database = require(workerData.module);
      const db = new Database(workerData.file);
      db.pragma('busy_timeout = 5000');
      db.exec('begin immediate');
      Atomics.store(workerData.signal, 0, 1);
      Atomics.notify(workerData.signal, 0);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      db.prepare("update settings set value = '\\"en-US\\"' where key = 'language'").run();
      db.exec('commit');
      db.close();
      `,
      {
        eval: true,
        workerData: { file, signal, module: createRequire(import.meta.url).resolve('better-sqlite3') },
      },
    );
    const exited = new Promise<number>((resolve, reject) => {
      writer.once('exit', resolve);
      writer.once('error', reject);
    });
    Atomics.wait(signal, 0, 0, 5000);
    expect(Atomics.load(signal, 0)).toBe(1);

    // Reads first, then writes: a deferred transaction would fail here once the writer commits.
    const saved = service.save({ ...SAMPLE_SETTINGS, language: 'zh-CN' });
    expect(saved.language).toBe('zh-CN');
    expect(await exited).toBe(0);
  });

  it('keeps the shop time zone across saves and reopening, Beijing time until one is chosen', () => {
    const { file, database, service } = setUp();
    expect(service.save(SAMPLE_SETTINGS).shop?.timeZone).toBe('Asia/Shanghai');

    const input = settingsInputSchema.parse({
      ...SAMPLE_SETTINGS,
      shop: { ...SAMPLE_SETTINGS.shop, timeZone: 'Europe/Berlin' },
    });
    expect(service.save(input).shop?.timeZone).toBe('Europe/Berlin');
    // A save that leaves the zone out (the CLI setting one other key) keeps it.
    expect(service.save(SAMPLE_SETTINGS).shop?.timeZone).toBe('Europe/Berlin');

    database.close();
    opened.splice(0);
    const reopened = openDatabase({ file });
    opened.push(reopened);
    const again = createSettingsService({ db: reopened.db, clock: { now: () => 0 }, newId: () => 'unused' });
    expect(again.get().shop).toMatchObject({ name: '小鹿家居旗舰店', timeZone: 'Europe/Berlin' });
    expect(again.shopRow()?.timeZone).toBe('Europe/Berlin');
  });

  it('refuses a time zone the runtime does not know, on the time zone field', () => {
    const parsed = settingsInputSchema.safeParse({
      ...SAMPLE_SETTINGS,
      shop: { ...SAMPLE_SETTINGS.shop, timeZone: 'Beijing' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['shop', 'timeZone'], message: 'validation.timeZone.unknown' }),
    ]);
  });
});
