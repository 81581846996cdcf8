/** A yuan amount typed as text behind a ¥ prefix (parsed to fen by the form that owns it). */
import type { ControlProps } from './FormField';

interface MoneyInputProps extends ControlProps {
  value: string;
  onChange: (value: string) => void;
}

export function MoneyInput({ value, onChange, ...control }: MoneyInputProps) {
  return (
    <div className="input-affix">
      <span className="input-prefix" aria-hidden="true">
        ¥
      </span>
      <input
        {...control}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
