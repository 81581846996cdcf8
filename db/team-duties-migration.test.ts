/**
 * Issue 17's migrations (0011 tables, 0012 outbox triggers) on a database an earlier build made
 * and bound to a server: the existing rows stay, the new tables are there, and their outbox
 * triggers record a write once the desk is bound.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { defaultMigrationsFolder, openDatabase } from './open-database';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The shipped migrations up to (not including) the first whose tag starts with `beforeTag`. */
function migrationsBefore(beforeTag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'kefu-migrations-'));
  dirs.push(folder);
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag.startsWith(beforeTag));
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

it('migrates a bound database of the previous schema: rows kept, new tables synced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-db-'));
  dirs.push(dir);
  const file = join(dir, 'kefu.sqlite');
  const old = openDatabase({ file, migrationsFolder: migrationsBefore('0011_') });
  const tables = () =>
    old.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
  expect(tables()).not.toContain('invoices');
  old.sqlite.exec(`
    insert into customers (id, shop_id, created_at, updated_at, nick) values ('c1', 's1', 1, 1, 'tb_lily');
    insert into sync_state (key, value, updated_at) values ('clientId', '"client-1"', 1);`);
  const oldVersion = old.schemaVersion;
  old.close();

  const current = openDatabase({ file });
  try {
    expect(current.schemaVersion).toBe(oldVersion + 2);
    expect(current.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    const names = current.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(names).toEqual(expect.arrayContaining(['invoices', 'escalations', 'briefings', 'briefing_reads']));
    expect(current.sqlite.prepare(`select nick from customers`).pluck().all()).toEqual(['tb_lily']);
    current.sqlite.exec(`
      insert into invoices (id, shop_id, created_at, updated_at, title, order_no, requested_by)
        values ('i1', 's1', 2, 2, '个人', '4012345678901234567', 'a1');
      insert into escalations (id, shop_id, owner_id, created_at, updated_at, source_kind, source_id, reason, escalated_at)
        values ('e1', 's1', 'a1', 2, 2, 'order', 'o1', '买家要求赔偿', 2);
      insert into briefings (id, shop_id, created_at, updated_at, day) values ('b1', 's1', 2, 2, '2026-12-08');
      insert into briefing_reads (id, shop_id, owner_id, created_at, updated_at, briefing_id, read_at)
        values ('r1', 's1', 'a1', 2, 2, 'b1', 3);`);
    const outbox = current.sqlite
      .prepare('select name, args from sync_outbox order by mutation_id')
      .all() as {
      name: string;
      args: string;
    }[];
    expect(outbox.map((entry) => entry.name)).toEqual([
      'invoices.put',
      'escalations.put',
      'briefings.put',
      'briefing_reads.put',
    ]);
    // A put carries the whole row, defaults included.
    expect(JSON.parse(outbox[0]!.args)).toMatchObject({
      id: 'i1',
      status: 'pending',
      kind: 'electronic',
      title_kind: 'personal',
      amount_fen: 0,
      source: 'panel',
      requested_by: 'a1',
    });
    expect(JSON.parse(outbox[2]!.args)).toMatchObject({ phrase_ids: '[]', day: '2026-12-08' });
  } finally {
    current.close();
  }
});
