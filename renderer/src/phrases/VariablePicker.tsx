/** One button per variable; inserts `{买家昵称}` (`{buyer}` in English) at the body's caret. */
import { useTranslation } from 'react-i18next';
import { VARIABLE_KEYS, VARIABLE_LABEL_KEYS, VARIABLE_TOKEN_KEYS } from './phrase-labels';

export function VariablePicker({
  onInsert,
  disabled,
}: {
  onInsert: (token: string) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="variable-picker" role="group" aria-label={t('phrases.editor.insertVariable')}>
      <span className="variable-picker-label">{t('phrases.editor.insertVariable')}</span>
      {VARIABLE_KEYS.map((key) => (
        <button
          key={key}
          type="button"
          className="variable-chip"
          disabled={disabled}
          // Keeps the caret (and selection) in the body while the button is clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onInsert(`{${t(VARIABLE_TOKEN_KEYS[key])}}`)}
        >
          {t(VARIABLE_LABEL_KEYS[key])}
        </button>
      ))}
    </div>
  );
}
