/**
 * From / to days with quick picks ending on the shop's today. Native date inputs give a calendar
 * on desk and phone alike.
 */
import { useTranslation } from 'react-i18next';
import { PRESET_LABEL_KEYS, presetRange, type DayRange, type RangePreset } from './range-presets';

interface Props {
  range: DayRange;
  today: string;
  onChange(range: DayRange): void;
  presets: readonly RangePreset[];
}

export function DayRangeFields({ range, today, onChange, presets }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('console.range.from')}
        <input
          className="text-input"
          type="date"
          value={range.from}
          max={range.to}
          onChange={(event) => event.target.value && onChange({ ...range, from: event.target.value })}
        />
      </label>
      <label>
        {t('console.range.to')}
        <input
          className="text-input"
          type="date"
          value={range.to}
          min={range.from}
          max={today}
          onChange={(event) => event.target.value && onChange({ ...range, to: event.target.value })}
        />
      </label>
      <div className="quick-range" role="group" aria-label={t('console.range.quick')}>
        {presets.map((preset) => {
          const target = presetRange(preset, today);
          const active = target.from === range.from && target.to === range.to;
          return (
            <button
              key={preset}
              type="button"
              className={`button-secondary ${active ? 'active' : ''}`}
              aria-pressed={active}
              onClick={() => onChange(target)}
            >
              {t(PRESET_LABEL_KEYS[preset])}
            </button>
          );
        })}
      </div>
    </>
  );
}
