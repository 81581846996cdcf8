/**
 * After server rows land, this install's still-pending mutations of those rows go on top again
 * (DESIGN.md: apply server rows, then re-apply pending local mutations), so a local edit the
 * server has not seen yet is not hidden by an older server row.
 */
import type { Outbox } from './outbox-batches';
import type { RowApply } from './row-apply';

export function rebaseRows(
  outbox: Outbox,
  rows: RowApply,
  shopId: string,
  touched: Iterable<{ table: string; id: string }>,
): number {
  let reapplied = 0;
  for (const { table, id } of touched) {
    for (const entry of outbox.pendingFor(table, id)) {
      rows.applyMutation(shopId, entry.name, entry.args);
      reapplied += 1;
    }
  }
  return reapplied;
}
