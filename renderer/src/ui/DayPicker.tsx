/** 前一天 / date / 后一天 / 今天 over one shop day; never past today, an unparsable date is ignored. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, shiftDay, startOfDayMs } from './format';

/** Today (fixed at mount) and the day a page shows: its `day` parameter when valid, else today. */
export function useShownDay(dayParam: string | null) {
  const [today] = useState(() => formatDay(Date.now()));
  const day = dayParam && startOfDayMs(dayParam) !== null ? dayParam : today;
  return { day, today };
}

interface DayPickerProps {
  day: string;
  today: string;
  onChange: (day: string) => void;
}

export function DayPicker({ day, today, onChange }: DayPickerProps) {
  const { t } = useTranslation();
  return (
    <div className="day-picker" role="group" aria-label={t('returns.day')}>
      <button type="button" className="button-small" onClick={() => onChange(shiftDay(day, -1))}>
        {t('returns.previousDay')}
      </button>
      <input
        type="date"
        aria-label={t('returns.day')}
        value={day}
        max={today}
        onChange={(e) => {
          if (startOfDayMs(e.target.value) !== null) onChange(e.target.value);
        }}
      />
      <button
        type="button"
        className="button-small"
        disabled={day >= today}
        onClick={() => onChange(shiftDay(day, 1))}
      >
        {t('returns.nextDay')}
      </button>
      <button type="button" className="button-small" disabled={day === today} onClick={() => onChange(today)}>
        {t('returns.today')}
      </button>
    </div>
  );
}
