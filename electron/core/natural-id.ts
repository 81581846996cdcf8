/**
 * Ids for rows that have a natural key (an order's platform + number, a customer's platform +
 * nick, an agent's checklist day …): two installs that create "the same" row offline give it the
 * same id, so the server merges them instead of refusing the second on a unique index.
 * UUID v5 (SHA-1, RFC 9562) over the shop, the table and the key parts: UUID-shaped like every
 * other id, and a different shop gets different ids for the same key.
 */
import { createHash, hash } from 'node:crypto';

/** Fixed for this app: changing it would change every natural id. */
const NAMESPACE = Buffer.from('6f1d3c2a8b4e4f0d9a7c5e3b1d2f4a6c', 'hex');

export function naturalId(shopId: string, table: string, ...key: readonly (string | number)[]): string {
  // JSON keeps the parts apart: ("a|b", "c") and ("a", "b|c") are different keys.
  const name = JSON.stringify([shopId, table, ...key]);
  // One-shot hash: an import names 200,000 rows, and it is half the cost of createHash.
  return uuidText(hash('sha1', Buffer.concat([NAMESPACE, Buffer.from(name, 'utf8')]), 'buffer'), 5);
}

const derivedMasks = new Map<string, Buffer>();

/**
 * A row keyed by its order and one more part (a rule task's kind, an item's line), without
 * hashing the order again: the full rules pass creates 100,000 tasks within its 1 s budget,
 * where a SHA-1 per task costs half a second. The order id (a UUID of one shop) XOR a fixed mask
 * per table and part is one-to-one for each part; the version nibble becomes 8 (RFC 9562
 * "custom") over bits that are fixed in every v4/v5 order id anyway.
 */
function derivedId(table: string, orderId: string, part: string): string {
  const label = `${table} ${part}`;
  let mask = derivedMasks.get(label);
  if (!mask) {
    mask = createHash('sha1').update(NAMESPACE).update(label, 'utf8').digest().subarray(0, 16);
    derivedMasks.set(label, mask);
  }
  const bytes = Buffer.from(orderId.replaceAll('-', ''), 'hex');
  if (bytes.length !== 16) return naturalId('', table, orderId, part);
  for (let i = 0; i < 16; i += 1) bytes[i] = bytes[i]! ^ mask[i]!;
  return uuidText(bytes, 8);
}

function uuidText(bytes: Buffer, version: number): string {
  bytes[6] = (bytes[6]! & 0x0f) | (version << 4);
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Every natural key in the app, so creation sites and re-keying (sync binding) agree. */
export const naturalIds = {
  customer: (shopId: string, platform: string, nick: string) =>
    naturalId(shopId, 'customers', platform, nick),
  order: (shopId: string, platform: string, orderNo: string) =>
    naturalId(shopId, 'orders', platform, orderNo),
  /** `line` counts an order's items from 1 in the order they were written. */
  orderItem: (shopId: string, orderId: string, line: number) =>
    naturalId(shopId, 'order_items', orderId, line),
  /** The order id already belongs to one shop (see derivedId). */
  ruleTask: (_shopId: string, orderId: string, kind: string) => derivedId('tasks', orderId, kind),
  checklistDay: (shopId: string, agentCode: string, day: string) =>
    naturalId(shopId, 'checklist_days', agentCode, day),
  checklistItem: (shopId: string, dayId: string, stepKey: string) =>
    naturalId(shopId, 'checklist_items', dayId, stepKey),
  dailyLog: (shopId: string, agentCode: string, day: string) =>
    naturalId(shopId, 'daily_logs', agentCode, day),
  defaultTemplate: (shopId: string) => naturalId(shopId, 'checklist_templates', 'default'),
  defaultStep: (shopId: string, templateId: string, stepKey: string) =>
    naturalId(shopId, 'checklist_steps', templateId, stepKey),
  seededGroup: (shopId: string, name: string) => naturalId(shopId, 'phrase_groups', 'seed', name),
  seededPhrase: (shopId: string, groupId: string, title: string) =>
    naturalId(shopId, 'phrases', 'seed', groupId, title),
  seededLintRule: (shopId: string, category: string, pattern: string) =>
    naturalId(shopId, 'lint_rules', 'seed', category, pattern),
};
