/**
 * What a big import sets aside inside its own transaction and puts back before it commits, so
 * nobody ever sees the tables without it:
 *
 * - The non-unique indexes of orders, their items and remarks. Adding many orders row by row
 *   updates each list index at a random place per row; building the index afresh from the
 *   finished table is a sort, several times cheaper. Unique indexes stay, so every insert is
 *   still checked against them.
 * - The outbox triggers of the tables the import writes, while the desk is not bound to a
 *   server. They would not fire (their WHEN needs the client id, and binding cannot happen while
 *   this transaction holds the write lock), yet checking that costs every inserted row a trigger
 *   program run.
 *
 * Only for a write that adds at least as many orders as the shop already has (a first import,
 * a month's export): for a small one the rebuilt indexes would cost more than they save.
 */
import type Database from 'better-sqlite3';
import { CLIENT_ID_KEY } from '../../../db/sync-outbox-triggers';

const SET_ASIDE_FROM = 5000;
const IMPORT_TABLES = `('customers', 'orders', 'order_items', 'order_remarks')`;

interface SchemaObject {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

function setAside(sqlite: Database.Database): SchemaObject[] {
  const bound = sqlite.prepare('select 1 from sync_state where key = ?').get(CLIENT_ID_KEY) !== undefined;
  return sqlite
    .prepare(
      `select type, name, sql from sqlite_schema where tbl_name in ${IMPORT_TABLES} and sql is not null and (
        (type = 'index' and tbl_name != 'customers' and sql not like 'CREATE UNIQUE%')
        or (type = 'trigger' and name like 'sync\\_outbox\\_%' escape '\\' and not ?))`,
    )
    .all(bound ? 1 : 0) as SchemaObject[];
}

export function withBulkWriteSchema(sqlite: Database.Database, adding: number, write: () => void): void {
  const stored = sqlite.prepare('select count(*) from orders').pluck().get() as number;
  if (adding < SET_ASIDE_FROM || adding < stored) {
    write();
    return;
  }
  const objects = setAside(sqlite);
  for (const { type, name } of objects) sqlite.exec(`drop ${type} "${name}"`);
  write();
  for (const { sql } of objects) sqlite.exec(sql);
}
