/**
 * One step of the day: check it off (with an optional note; Enter in the note checks it, never
 * while an IME is composing), see its live count and open the list behind it, open the reply
 * panel on its phrase group. A checked step shows when it was checked, on the shop's clock.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shell/use-main-page';
import { formatTime } from '../ui/format';
import { isImeComposing } from '../ui/ime';
import { DATA_LINK_LABEL_KEYS } from './data-link-labels';
import { phraseGroupHash, stepTargetHash, type ChecklistItem } from './step-target-hash';
import { stepHelp, stepTitle } from './step-text';

interface ChecklistStepRowProps {
  item: ChecklistItem;
  /** The phrase group's name, when the step has one that still exists. */
  phraseGroup: string | null;
  busy: boolean;
  onCheck: (item: ChecklistItem, note: string) => void;
  onUncheck: (item: ChecklistItem) => void;
}

export function ChecklistStepRow({ item, phraseGroup, busy, onCheck, onUncheck }: ChecklistStepRowProps) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const { step, target } = item;
  const title = stepTitle(step, i18n.language);
  const help = stepHelp(step, i18n.language);
  const checked = item.checkedAt !== null;
  const checkboxId = `today-step-${item.id}`;

  const onNoteKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || isImeComposing(event)) return;
    event.preventDefault();
    onCheck(item, note);
  };

  const className = [
    'today-step',
    checked && 'today-step-checked',
    item.carriedFromDay && 'today-step-carried',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li className={className} data-step-key={item.stepKey}>
      <input
        id={checkboxId}
        type="checkbox"
        className="today-step-box"
        checked={checked}
        disabled={busy}
        onChange={() => (checked ? onUncheck(item) : onCheck(item, note))}
      />
      <div className="today-step-body">
        <div className="today-step-head">
          <label htmlFor={checkboxId} className="today-step-title">
            {title}
          </label>
          {item.carriedFromDay && (
            <span className="today-tag today-tag-carried">
              {t('today.carried', { day: item.carriedFromDay })}
            </span>
          )}
          {step.anchorTime && (
            <span className="today-tag">{t('today.anchor', { time: step.anchorTime })}</span>
          )}
          {checked && item.checkedAt !== null && (
            <span className="today-checked-at">
              {t('today.checkedAt', { time: formatTime(item.checkedAt) })}
            </span>
          )}
        </div>
        {help && <p className="today-step-help muted">{help}</p>}
        {checked && item.note && (
          <p className="today-step-note">{t('today.noteShown', { note: item.note })}</p>
        )}
        <div className="today-step-actions">
          {target && step.dataLink && item.count !== null && (
            <button
              type="button"
              className={item.count > 0 ? 'today-count today-count-pending' : 'today-count'}
              onClick={() => navigate(stepTargetHash(target))}
            >
              {t('today.openList', { list: t(DATA_LINK_LABEL_KEYS[step.dataLink]), count: item.count })}
            </button>
          )}
          {phraseGroup && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => navigate(phraseGroupHash(phraseGroup))}
            >
              {t('today.openPhrases', { group: phraseGroup })}
            </button>
          )}
          {!checked && (
            <input
              type="text"
              className="today-note-input"
              aria-label={t('today.noteLabel', { step: title })}
              placeholder={t('today.notePlaceholder')}
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={onNoteKey}
            />
          )}
        </div>
      </div>
    </li>
  );
}
