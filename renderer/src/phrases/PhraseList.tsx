/**
 * The selected group's phrases in their order, with ↑/↓ buttons to reorder; or, while the filter
 * box has text, the library-wide search results in ranking order (no reordering there).
 */
import { useTranslation } from 'react-i18next';
import { ScopeBadge } from './StageBadge';
import type { Phrase } from './use-phrase-library';

interface PhraseListProps {
  phrases: readonly { phrase: Phrase; groupName?: string }[];
  selectedId: string | null;
  canReorder: boolean;
  onOpen: (phrase: Phrase) => void;
  onMove: (phrase: Phrase, by: -1 | 1) => void;
}

export function PhraseList({ phrases, selectedId, canReorder, onOpen, onMove }: PhraseListProps) {
  const { t } = useTranslation();
  if (phrases.length === 0) return <p className="muted empty-note">{t('phrases.list.empty')}</p>;
  return (
    <ol className="phrase-list">
      {phrases.map(({ phrase, groupName }, index) => (
        <li
          key={phrase.id}
          className={phrase.id === selectedId ? 'phrase-item phrase-item-selected' : 'phrase-item'}
        >
          <button type="button" className="phrase-open" onClick={() => onOpen(phrase)}>
            <span className="phrase-head">
              <span className="phrase-title">{phrase.title}</span>
              {phrase.shortcut && <code className="phrase-code">{phrase.shortcut}</code>}
              {groupName && <span className="phrase-group">{groupName}</span>}
              <ScopeBadge scope={phrase.scope} />
            </span>
            <span className="phrase-body">{phrase.body}</span>
          </button>
          {canReorder && (
            <span className="phrase-move">
              <button
                type="button"
                className="icon-button"
                aria-label={t('phrases.list.moveUp', { title: phrase.title })}
                title={t('phrases.list.moveUpShort')}
                disabled={index === 0}
                onClick={() => onMove(phrase, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('phrases.list.moveDown', { title: phrase.title })}
                title={t('phrases.list.moveDownShort')}
                disabled={index === phrases.length - 1}
                onClick={() => onMove(phrase, 1)}
              >
                ↓
              </button>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
