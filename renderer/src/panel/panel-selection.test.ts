import { describe, expect, it } from 'vitest';
import type { ResultRow } from './result-rows';
import { panelRows, type PanelRows } from './panel-rows';
import { NO_SELECTION, selectedIndex, selectionAt } from './panel-selection';

const result = (id: string): ResultRow => ({
  id,
  badge: null,
  title: id,
  shortcut: '',
  groupName: '',
  snippet: '',
});
const list = (...ids: string[]): PanelRows => panelRows([], ids.map(result));

describe('the panel keeps the phrase the agent is reading selected', () => {
  it('a new answer starts at the top', () => {
    expect(selectedIndex(NO_SELECTION, 'fh', list('a', 'b'))).toBe(0);
    expect(selectedIndex(selectionAt('f', list('a', 'b'), 1), 'fh', list('a', 'b'))).toBe(0);
    expect(selectedIndex(NO_SELECTION, 'fh', list())).toBe(-1);
  });

  it('within one answer, follows the selected phrase when the list re-ranks under it', () => {
    // The top was 催付; recent uses arrive and 发货时间 moves above it.
    const shown = selectionAt('fh', list('cuifu', 'fahuo'), 0);
    expect(selectedIndex(shown, 'fh', list('fahuo', 'cuifu'))).toBe(1);
    const moved = selectionAt('fh', list('a', 'b', 'c'), 2);
    expect(selectedIndex(moved, 'fh', list('c', 'a', 'b'))).toBe(0);
  });

  it('keeps the place when the selected phrase left the list', () => {
    const shown = selectionAt('fh', list('a', 'b', 'c'), 1);
    expect(selectedIndex(shown, 'fh', list('a', 'c'))).toBe(1);
    expect(selectedIndex(shown, 'fh', list('a'))).toBe(0);
  });
});
