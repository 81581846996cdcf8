/**
 * How a natural id is named (the desk derives it, the server checks it): UUID v5 over a fixed
 * namespace and the JSON of [shop, table, ...key]. The hash itself is SHA-1 from each side's
 * own crypto; this file holds what both must agree on, and which key an agent's own rows use.
 */
import type { SyncTable } from './sync-tables';

/** Fixed for this app: changing it would change every natural id. */
export const NATURAL_ID_NAMESPACE_HEX = '6f1d3c2a8b4e4f0d9a7c5e3b1d2f4a6c';

/** JSON keeps the parts apart: ("a|b", "c") and ("a", "b|c") are different keys. */
export const naturalIdName = (shopId: string, table: string, key: readonly (string | number)[]): string =>
  JSON.stringify([shopId, table, ...key]);

/** The first 16 bytes of a digest (as hex) as a UUID of `version`, variant RFC 9562. */
export function uuidText(hex: string, version: number): string {
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A natural id (or one derived from it) rather than a random one. */
export const isNaturalIdShape = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[58][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id);

/**
 * An agent's own rows that have a natural key, and the key as the owner's server agent id and
 * the row's fields. Keyed by the owner, so no colleague can take the id first (the server
 * recomputes it for the caller); older desks keyed them by 工号 (legacyKey), still accepted
 * from that 工号's own agent. Tables that came after the change have no legacy key.
 */
export const OWN_NATURAL_KEYS: Partial<
  Record<
    SyncTable,
    {
      key: (ownerId: string, row: Record<string, unknown>) => (string | number)[];
      legacyKey?: (agentCode: string, row: Record<string, unknown>) => (string | number)[];
    }
  >
> = {
  checklist_days: {
    key: (ownerId, row) => [ownerId, String(row.day)],
    legacyKey: (agentCode, row) => [agentCode, String(row.day)],
  },
  daily_logs: {
    key: (ownerId, row) => [ownerId, String(row.day)],
    legacyKey: (agentCode, row) => [agentCode, String(row.day)],
  },
  checklist_items: {
    key: (ownerId, row) => [ownerId, String(row.day_id), String(row.step_key)],
    // The old item key was its day and step: the server also checks that the day is the caller's.
    legacyKey: (_agentCode, row) => [String(row.day_id), String(row.step_key)],
  },
  // Two agents picking the same question for a phrase each keep a row (and a count) of their own.
  phrase_questions: {
    key: (ownerId, row) => [ownerId, String(row.phrase_id), String(row.text)],
  },
  // One 已读 per agent and briefing.
  briefing_reads: {
    key: (ownerId, row) => [ownerId, String(row.briefing_id)],
  },
};

/**
 * Shop-wide rows with a natural key that is not an agent's: whoever creates them first, the
 * others converge on the same id.
 * - invoices created by an import (source `import`): one per platform 订单号, so two desks
 *   importing the same Taobao export offline make one request; requests made by hand (panel,
 *   order page, CLI) take new ids, as an order may have more than one invoice.
 * - briefings: one a shop day. Library rows: the server keeps natural ids to supervisors.
 */
export const SHOP_NATURAL_KEYS = {
  invoices: (row: { order_no: string }) => ['import', row.order_no],
  briefings: (row: { day: string }) => [row.day],
} as const satisfies Partial<Record<SyncTable, (row: never) => (string | number)[]>>;
