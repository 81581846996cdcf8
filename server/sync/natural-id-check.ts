/**
 * Who may create a row under a natural id (DESIGN.md "Sync protocol", scope). Natural ids can be
 * computed by anyone who knows the key, so the server recomputes them for the caller:
 * - an agent's own rows (checklist days and items, daily logs, learned questions) only under the
 *   caller's own key, so no colleague can take tomorrow's id first;
 * - library ids of the seeded packs belong to the supervisors who own the team library: an agent
 *   creates personal library rows under random ids only.
 */
import { createHash } from 'node:crypto';
import {
  isNaturalIdShape,
  NATURAL_ID_NAMESPACE_HEX,
  naturalIdName,
  OWN_NATURAL_KEYS,
  uuidText,
} from '../../common/sync/natural-keys';
import { TABLE_ACCESS, type SyncTable } from '../../common/sync/sync-tables';
import type { Caller } from '../auth/caller';

const NAMESPACE = Buffer.from(NATURAL_ID_NAMESPACE_HEX, 'hex');

function naturalId(shopId: string, table: string, key: readonly (string | number)[]): string {
  const digest = createHash('sha1')
    .update(NAMESPACE)
    .update(naturalIdName(shopId, table, key), 'utf8');
  return uuidText(digest.digest('hex'), 5);
}

export type IdRefusal = { code: 'forbidden' | 'reservedId'; message: string };

/**
 * Whether `caller` may create row `id` of `table` with these fields. `ownerOf` tells the owner
 * of another stored row (a legacy checklist item's day).
 */
export function checkNewRowId(
  caller: Caller,
  table: SyncTable,
  id: string,
  fields: Record<string, unknown>,
  ownerOf: (table: SyncTable, id: string) => string | null | undefined,
): IdRefusal | null {
  if (!isNaturalIdShape(id)) return null;
  if (TABLE_ACCESS[table] === 'library')
    return caller.role === 'agent'
      ? {
          code: 'reservedId',
          message: `id: ${table} ${id} is a team library id; an agent's own rows take new ids.`,
        }
      : null;
  const keys = OWN_NATURAL_KEYS[table];
  if (!keys) return null;
  if (id === naturalId(caller.shopId, table, keys.key(caller.agentId, fields))) return null;
  const legacy =
    keys.legacyKey !== undefined &&
    id === naturalId(caller.shopId, table, keys.legacyKey(caller.agentCode, fields));
  const legacyDayOwned =
    table !== 'checklist_items' || ownerOf('checklist_days', String(fields.day_id)) === caller.agentId;
  if (legacy && legacyDayOwned) return null;
  return {
    code: 'forbidden',
    message: `id: ${table} ${id} is not ${caller.agentCode}'s own id for this row; it belongs to another agent's key.`,
  };
}
