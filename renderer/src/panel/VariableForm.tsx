/**
 * Asks for the variables nothing else could fill, one labelled field each. Enter here pastes
 * (handled by the panel's key map) once every field has a value; Shift+Tab from the first field
 * goes back to the search box.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VARIABLE_LABEL_KEYS, type VariableKey } from '../phrases/phrase-labels';
import type { VariableValues } from './use-rendered-phrase';

interface VariableFormProps {
  missing: readonly VariableKey[];
  values: VariableValues;
  onChange: (key: VariableKey, value: string) => void;
}

export const VariableForm = forwardRef<HTMLFieldSetElement, VariableFormProps>(function VariableForm(
  { missing, values, onChange },
  ref,
) {
  const { t } = useTranslation();
  return (
    <fieldset ref={ref} className="panel-variables">
      <legend>{t('panel.variables.title')}</legend>
      {missing.map((key, index) => (
        <label key={key} className="panel-variable">
          <span>{t(VARIABLE_LABEL_KEYS[key])}</span>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            data-first-variable={index === 0 || undefined}
            value={values[key] ?? ''}
            onChange={(e) => onChange(key, e.target.value)}
          />
        </label>
      ))}
      <p className="panel-variables-hint">{t('panel.variables.hint')}</p>
    </fieldset>
  );
});
