/**
 * The search results, virtualised: only the rows in view are in the DOM, so 10,000 phrases
 * scroll and re-render like ten. Rows are not focusable; the search box keeps focus and the
 * selection follows ↑/↓ (announced through aria-activedescendant).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultRow } from './result-rows';

export const RESULT_LIST_ID = 'panel-results';
export const resultOptionId = (index: number) => `panel-result-${index}`;

const ROW_HEIGHT = 58;

interface ResultListProps {
  rows: readonly ResultRow[];
  selected: number;
  onSelect: (index: number) => void;
  onPaste: (index: number) => void;
}

export function ResultList({ rows, selected, onSelect, onPaste }: ResultListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back a mutable instance the React Compiler cannot memoise; this
  // component is meant to re-render on every scroll, so skipping compilation here is correct.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  useEffect(() => {
    if (selected >= 0) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, virtualizer]);

  return (
    <div ref={scrollRef} className="panel-results">
      <div
        id={RESULT_LIST_ID}
        role="listbox"
        aria-label={t('panel.resultsLabel')}
        className="panel-results-inner"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const isSelected = item.index === selected;
          return (
            <div
              key={row.id}
              id={resultOptionId(item.index)}
              role="option"
              aria-selected={isSelected}
              className={isSelected ? 'panel-row panel-row-selected' : 'panel-row'}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onSelect(item.index)}
              onDoubleClick={() => onPaste(item.index)}
            >
              <span className="panel-row-badge" aria-hidden={row.badge === null}>
                {row.badge ?? ''}
              </span>
              <span className="panel-row-main">
                <span className="panel-row-head">
                  <span className="panel-row-title">{row.title}</span>
                  {row.shortcut && <code className="panel-row-code">{row.shortcut}</code>}
                  <span className="panel-row-group">{row.groupName}</span>
                </span>
                <span className="panel-row-snippet">{row.snippet}</span>
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
