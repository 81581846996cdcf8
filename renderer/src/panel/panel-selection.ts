/**
 * Which row of the panel's list is selected. The selection belongs to one answer (the query's
 * and the suggestions' answers together): a new answer starts at the top, where the best match
 * is. Within one answer it holds on to the phrase it shows: the list can re-rank under it (recent
 * uses fetched when the panel is shown, an edited library re-indexed), and Enter must paste the
 * phrase the agent has been reading, not whatever moved into its place.
 */
import { clampSelection } from './result-rows';
import { rowAt, rowCount, type PanelRows, type PanelRowSource } from './panel-rows';

export interface PanelSelection {
  /** The answer this selection was made in (null: none yet). */
  answered: string | null;
  index: number;
  /** The row's phrase and where it was found, when it was selected. */
  row: { id: string; source: PanelRowSource } | null;
}

export const NO_SELECTION: PanelSelection = { answered: null, index: 0, row: null };

/** The selection of the row at `index` of `rows`, in `answered`. */
export function selectionAt(answered: string | null, rows: PanelRows, index: number): PanelSelection {
  const picked = rowAt(rows, index);
  return { answered, index, row: picked && { id: picked.row.id, source: picked.source } };
}

/** Where the selected row is now (−1 for an empty list). */
export function selectedIndex(selection: PanelSelection, answered: string | null, rows: PanelRows): number {
  const count = rowCount(rows);
  if (selection.answered !== answered) return clampSelection(0, count);
  const held = selection.row;
  const atIndex = rowAt(rows, selection.index);
  if (held && !(atIndex?.row.id === held.id && atIndex.source === held.source))
    for (let index = 0; index < count; index += 1) {
      const row = rowAt(rows, index)!;
      if (row.row.id === held.id && row.source === held.source) return index;
    }
  return clampSelection(selection.index, count);
}
