/** A `<select>` over a fixed value list (stages, scopes, roles …), each option named by its locale key. */
import { useTranslation } from 'react-i18next';
import type { ControlProps } from './FormField';

/** Outside a `FormField` (no id to tie a label to) the control props may be left out. */
interface ChoiceSelectProps<V extends string> extends Partial<ControlProps> {
  choices: readonly V[];
  labelKeys: Readonly<Record<NoInfer<V>, string>>;
  value: NoInfer<V>;
  onChange: (value: V) => void;
  /** Choices shown but not selectable (team scope for an agent). */
  isDisabled?: (choice: V) => boolean;
}

export function ChoiceSelect<V extends string>({
  choices,
  labelKeys,
  value,
  onChange,
  isDisabled,
  ...control
}: ChoiceSelectProps<V>) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {choices.map((choice) => (
        <option key={choice} value={choice} disabled={isDisabled?.(choice)}>
          {t(labelKeys[choice])}
        </option>
      ))}
    </select>
  );
}
