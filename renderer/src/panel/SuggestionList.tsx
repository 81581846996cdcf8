/**
 * The suggested replies for the buyer's question, above the search results: title, 快捷编码,
 * group, and in a second line why (the situations recognised, the question's words the phrase
 * also holds, or the learned question it was picked for before). Like the results, rows are not
 * focusable: the search box keeps focus and announces the selected one (aria-activedescendant).
 */
import { useTranslation } from 'react-i18next';
import { INTENT_LABEL_KEYS } from './intent-labels';
import type { SuggestionRow } from './panel-rows';

export const SUGGESTION_LIST_ID = 'panel-suggestions';
export const suggestionOptionId = (index: number) => `panel-suggestion-${index}`;

interface SuggestionListProps {
  rows: readonly SuggestionRow[];
  /** Index among the suggestions, -1 when the selection is in the results. */
  selected: number;
  /** A delivery is under way: the rows look disabled. */
  delivering: boolean;
  /** These rows answer an earlier input; the new answer is on its way (shown until it comes). */
  updating: boolean;
  onSelect: (index: number) => void;
  onPaste: (index: number) => void;
}

function Reason({ why }: { why: SuggestionRow['why'] }) {
  const { t } = useTranslation();
  return (
    <span className="panel-suggestion-why">
      <span className="panel-visually-hidden">{t('panel.suggestions.reason')}</span>
      {why.intents.map((intent) => (
        <span key={intent} className="panel-intent">
          {t(INTENT_LABEL_KEYS[intent])}
        </span>
      ))}
      {why.question !== null ? (
        <span className="panel-suggestion-words">
          {t('panel.suggestions.learned', { question: why.question })}
        </span>
      ) : (
        why.words.length > 0 && (
          <span className="panel-suggestion-words">
            {t('panel.suggestions.words', { words: why.words.join(' · ') })}
          </span>
        )
      )}
    </span>
  );
}

export function SuggestionList({
  rows,
  selected,
  delivering,
  updating,
  onSelect,
  onPaste,
}: SuggestionListProps) {
  const { t } = useTranslation();
  return (
    <section
      className={delivering ? 'panel-suggestions panel-suggestions-delivering' : 'panel-suggestions'}
      aria-labelledby="panel-suggestions-title"
      aria-busy={delivering || updating}
    >
      <h2 id="panel-suggestions-title" className="panel-section-title">
        {t('panel.suggestions.title')}
      </h2>
      <div id={SUGGESTION_LIST_ID} role="listbox" aria-label={t('panel.suggestions.label')}>
        {rows.map((row, index) => {
          const isSelected = index === selected;
          return (
            <div
              key={row.id}
              id={suggestionOptionId(index)}
              role="option"
              aria-selected={isSelected}
              className={isSelected ? 'panel-suggestion panel-row-selected' : 'panel-suggestion'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onSelect(index)}
              onDoubleClick={() => onPaste(index)}
            >
              <span className="panel-row-badge">{row.badge}</span>
              <span className="panel-row-main">
                <span className="panel-row-head">
                  <span className="panel-row-title">{row.title}</span>
                  {row.shortcut && <code className="panel-row-code">{row.shortcut}</code>}
                  <span className="panel-row-group">{row.groupName}</span>
                </span>
                <Reason why={row.why} />
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
