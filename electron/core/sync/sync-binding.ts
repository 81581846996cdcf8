/**
 * Binding this install to a server (DESIGN.md "Sync protocol"), in one transaction:
 * - the local shop and agent take the server's ids (every synced row's shop_id, owner_id old →
 *   new, the shops/agents rows and the current-shop/agent settings);
 * - rows with a natural id get the one of the server's shop, and rows pointing at them follow
 *   (a briefing's phrase list too); actor stamps (`*_by` agent ids, column-access.ts) old → new;
 * - the agent's position (岗位) setting becomes the server's, when the server has one;
 * - a new client id, an empty outbox and mutation ids from 1 again;
 * - a `put` of every live row this role may write, so the server gets the desk's work so far.
 *   An agent does not push library rows (phrases, templates, lint rules): it receives the team's.
 * The token is kept in sync_state with the URL (see sync-state-store.ts on safeStorage).
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ACTOR_COLUMNS } from '../../../common/sync/column-access';
import type { WhoAmI } from '../../../common/sync/protocol';
import { SYNC_TABLES, TABLE_ACCESS, type SyncTable } from '../../../common/sync/sync-tables';
import { CLIENT_ID_KEY, rowJsonSql } from '../../../db/sync-outbox-triggers';
import { inSyncTransaction } from './apply-guard';
import { naturalRekeys, ROW_REFERENCES } from './natural-rekey';
import { createSyncStateStore } from './sync-state-store';
import { POSITION_SETTING } from '../settings/position-setting';

export interface BindRequest {
  serverUrl: string;
  token: string;
  whoAmI: WhoAmI;
  now: number;
  newClientId?: () => string;
}

export interface BindResult {
  clientId: string;
  rekeyed: number;
  enqueued: number;
}

const settingValue = (sqlite: Database.Database, key: string): string | undefined => {
  const raw = sqlite.prepare('select value from settings where key = ?').pluck().get(key) as
    string | undefined;
  return raw === undefined ? undefined : (JSON.parse(raw) as string);
};

function adoptIds(sqlite: Database.Database, table: SyncTable, map: Map<string, string>): void {
  if (map.size === 0) return;
  sqlite.exec('delete from temp.sync_rekey');
  const add = sqlite.prepare('insert into temp.sync_rekey (old_id, new_id) values (?, ?)');
  for (const [oldId, newId] of map) add.run(oldId, newId);
  sqlite.exec(
    `update "${table}" set id = (select new_id from temp.sync_rekey where old_id = "${table}".id)
     where id in (select old_id from temp.sync_rekey)`,
  );
  for (const ref of ROW_REFERENCES.filter((r) => r.parent === table)) {
    sqlite.exec(
      `update "${ref.table}" set "${ref.column}" =
         (select new_id from temp.sync_rekey where old_id = "${ref.table}"."${ref.column}")
       where "${ref.column}" in (select old_id from temp.sync_rekey)`,
    );
  }
}

/** A briefing's pushed phrases follow the phrases re-keyed to the server's shop. */
function rekeyPhraseLists(sqlite: Database.Database, phrases: Map<string, string> | undefined): void {
  if (!phrases?.size) return;
  const rows = sqlite.prepare(`select id, phrase_ids from briefings`).all() as {
    id: string;
    phrase_ids: string;
  }[];
  const update = sqlite.prepare('update briefings set phrase_ids = ? where id = ?');
  for (const row of rows) {
    let ids: unknown;
    try {
      ids = JSON.parse(row.phrase_ids);
    } catch {
      continue;
    }
    if (!Array.isArray(ids)) continue;
    const next = ids.map((id: unknown) => (typeof id === 'string' ? (phrases.get(id) ?? id) : id));
    if (next.some((id, i) => id !== ids[i])) update.run(JSON.stringify(next), row.id);
  }
}

function enqueuePuts(sqlite: Database.Database, clientId: string, whoAmI: WhoAmI): number {
  let enqueued = 0;
  for (const table of SYNC_TABLES) {
    const access = TABLE_ACCESS[table];
    if (access === 'library' && whoAmI.role === 'agent') continue;
    // Learned questions other agents picked, and escalations of others a supervisor's desk holds,
    // came from the server; the desk sends only its own.
    const own =
      access === 'own' || access === 'learned' || access === 'escalation' ? ' and owner_id = @agentId' : '';
    enqueued += sqlite
      .prepare(
        `insert into sync_outbox (client_id, name, args, created_at)
         select @clientId, '${table}.put', ${rowJsonSql(table, 'r')}, r.updated_at
         from "${table}" r where r.deleted_at is null${own} order by r.rowid`,
      )
      .run({ clientId, agentId: whoAmI.agentId }).changes;
  }
  return enqueued;
}

export function bindToServer(sqlite: Database.Database, request: BindRequest): BindResult {
  const { whoAmI, now } = request;
  const state = createSyncStateStore(sqlite, () => now);
  const clientId = (request.newClientId ?? randomUUID)();
  sqlite.exec('create temp table if not exists sync_rekey (old_id text primary key, new_id text not null)');
  return inSyncTransaction(sqlite, () => {
    const oldShopId = settingValue(sqlite, 'currentShopId') ?? whoAmI.shopId;
    const oldAgentId = settingValue(sqlite, 'currentAgentId') ?? whoAmI.agentId;
    const maps = naturalRekeys(sqlite, {
      oldShopId,
      newShopId: whoAmI.shopId,
      oldAgentId,
      newAgentId: whoAmI.agentId,
    });
    let rekeyed = 0;
    for (const [table, map] of maps) {
      adoptIds(sqlite, table, map);
      rekeyed += map.size;
    }
    rekeyPhraseLists(sqlite, maps.get('phrases'));
    for (const table of SYNC_TABLES) {
      // Versions of another server (a re-bind) mean nothing to this one.
      sqlite.prepare(`update "${table}" set shop_id = ?, version = 0`).run(whoAmI.shopId);
      sqlite.prepare(`update "${table}" set owner_id = ? where owner_id = ?`).run(whoAmI.agentId, oldAgentId);
      for (const column of ACTOR_COLUMNS[table] ?? [])
        sqlite
          .prepare(`update "${table}" set "${column}" = ? where "${column}" = ?`)
          .run(whoAmI.agentId, oldAgentId);
    }

    sqlite.prepare('delete from shops where id = ? and id <> ?').run(whoAmI.shopId, oldShopId);
    sqlite
      .prepare(
        'update shops set id = @shopId, shop_id = @shopId, name = @shopName, updated_at = @now where id = @old',
      )
      .run({ shopId: whoAmI.shopId, shopName: whoAmI.shopName, now, old: oldShopId });
    sqlite.prepare('delete from agents where id = ? and id <> ?').run(whoAmI.agentId, oldAgentId);
    sqlite
      .prepare(
        `update agents set id = @agentId, shop_id = @shopId, owner_id = @agentId, agent_code = @agentCode,
           name = @agentName, role = @role, updated_at = @now where id = @old`,
      )
      .run({ ...whoAmI, now, old: oldAgentId });
    const setSetting = sqlite.prepare(
      `insert into settings (key, value, updated_at) values (?, ?, ?)
       on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`,
    );
    setSetting.run('currentShopId', JSON.stringify(whoAmI.shopId), now);
    setSetting.run('currentAgentId', JSON.stringify(whoAmI.agentId), now);
    // The server's 岗位 wins once bound; without one there, the desk keeps what it was set to.
    if (whoAmI.position) setSetting.run(POSITION_SETTING, JSON.stringify(whoAmI.position), now);

    sqlite.exec(`delete from sync_outbox; delete from sync_issues;
      delete from sqlite_sequence where name = 'sync_outbox';`);
    for (const key of ['cursor', 'resetPending', 'recheck', 'lastSyncedAt', 'lastError'] as const)
      state.clear(key);
    state.set(CLIENT_ID_KEY, clientId);
    state.set('serverUrl', request.serverUrl);
    state.set('token', request.token);
    state.set('binding', whoAmI);
    const enqueued = enqueuePuts(sqlite, clientId, whoAmI);
    return { clientId, rekeyed, enqueued };
  });
}

/** Back to a desk of its own: nothing is sent any more; the rows stay as they are. */
export function unbind(sqlite: Database.Database): void {
  inSyncTransaction(sqlite, () => {
    sqlite.exec(`delete from sync_state; delete from sync_outbox;
      delete from sqlite_sequence where name = 'sync_outbox';`);
  });
}
