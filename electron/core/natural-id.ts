/**
 * Ids for rows that have a natural key (an order's platform + number, a customer's platform +
 * nick, an agent's checklist day …): two installs that create "the same" row offline give it the
 * same id, so the server merges them instead of refusing the second on a unique index.
 * UUID v5 (SHA-1, RFC 9562) over the shop, the table and the key parts: UUID-shaped like every
 * other id, and a different shop gets different ids for the same key.
 */
import { createHash, hash } from 'node:crypto';
import {
  NATURAL_ID_NAMESPACE_HEX,
  naturalIdName,
  OWN_NATURAL_KEYS,
  SHOP_NATURAL_KEYS,
  uuidText,
} from '../../common/sync/natural-keys';

const NAMESPACE = Buffer.from(NATURAL_ID_NAMESPACE_HEX, 'hex');

/** The hash input, namespace first; reused so that naming a row allocates no buffers. */
const input = Buffer.alloc(4096);
NAMESPACE.copy(input);
/** UTF-8 takes at most 3 bytes per UTF-16 unit: a name this long always fits in `input`. */
const MAX_FITTING_NAME = (input.length - NAMESPACE.length) / 3;

export function naturalId(shopId: string, table: string, ...key: readonly (string | number)[]): string {
  const name = naturalIdName(shopId, table, key);
  // One-shot hash over a reused buffer: an import names 150,000 rows, and building a buffer
  // per name cost more than the hash itself.
  const bytes =
    name.length <= MAX_FITTING_NAME
      ? input.subarray(0, NAMESPACE.length + input.write(name, NAMESPACE.length, 'utf8'))
      : Buffer.concat([NAMESPACE, Buffer.from(name, 'utf8')]);
  return uuidText(hash('sha1', bytes, 'hex'), 5);
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
  return uuidText(bytes.toString('hex'), 8);
}

/** Every natural key in the app, so creation sites and re-keying (sync binding) agree. */
export const naturalIds = {
  customer: (shopId: string, platform: string, nick: string) =>
    naturalId(shopId, 'customers', platform, nick),
  order: (shopId: string, platform: string, orderNo: string) =>
    naturalId(shopId, 'orders', platform, orderNo),
  /** `line` counts an order's items from 1 in the order they were written (see derivedId). */
  orderItem: (_shopId: string, orderId: string, line: number) =>
    derivedId('order_items', orderId, String(line)),
  /** The order id already belongs to one shop (see derivedId). */
  ruleTask: (_shopId: string, orderId: string, kind: string) => derivedId('tasks', orderId, kind),
  /** An agent's own rows are keyed by the owner's agent id (common/sync/natural-keys.ts). */
  checklistDay: (shopId: string, ownerId: string, day: string) =>
    naturalId(shopId, 'checklist_days', ...OWN_NATURAL_KEYS.checklist_days!.key(ownerId, { day })),
  checklistItem: (shopId: string, ownerId: string, dayId: string, stepKey: string) =>
    naturalId(
      shopId,
      'checklist_items',
      ...OWN_NATURAL_KEYS.checklist_items!.key(ownerId, { day_id: dayId, step_key: stepKey }),
    ),
  dailyLog: (shopId: string, ownerId: string, day: string) =>
    naturalId(shopId, 'daily_logs', ...OWN_NATURAL_KEYS.daily_logs!.key(ownerId, { day })),
  learnedQuestion: (shopId: string, ownerId: string, phraseId: string, text: string) =>
    naturalId(
      shopId,
      'phrase_questions',
      ...OWN_NATURAL_KEYS.phrase_questions!.key(ownerId, { phrase_id: phraseId, text }),
    ),
  /** An invoice request an import created from the order's 发票抬头: one per 订单号. */
  importedInvoice: (shopId: string, orderNo: string) =>
    naturalId(shopId, 'invoices', ...SHOP_NATURAL_KEYS.invoices({ order_no: orderNo })),
  /** The morning briefing of a shop day: one a day. */
  briefing: (shopId: string, day: string) =>
    naturalId(shopId, 'briefings', ...SHOP_NATURAL_KEYS.briefings({ day })),
  /** An agent's 已读 of a briefing. */
  briefingRead: (shopId: string, ownerId: string, briefingId: string) =>
    naturalId(
      shopId,
      'briefing_reads',
      ...OWN_NATURAL_KEYS.briefing_reads!.key(ownerId, { briefing_id: briefingId }),
    ),
  defaultTemplate: (shopId: string) => naturalId(shopId, 'checklist_templates', 'default'),
  defaultStep: (shopId: string, templateId: string, stepKey: string) =>
    naturalId(shopId, 'checklist_steps', templateId, stepKey),
  seededGroup: (shopId: string, name: string) => naturalId(shopId, 'phrase_groups', 'seed', name),
  seededPhrase: (shopId: string, groupId: string, title: string) =>
    naturalId(shopId, 'phrases', 'seed', groupId, title),
  seededLintRule: (shopId: string, category: string, pattern: string) =>
    naturalId(shopId, 'lint_rules', 'seed', category, pattern),
};
