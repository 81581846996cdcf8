/**
 * 改动前后对比: the supervisor marks a day with what changed (改了详情页 on 11-20) and sees the
 * conversion of the days from it to the range's end beside the same number of days before it.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryAnalysisResponse } from '../../../console-api';
import { formatDayLong, formatPercent, isDay } from '../format/format';
import type { DayRange } from '../ui/range-presets';
import { useLanguage } from '../ui/use-language';
import { rateChangePoints } from './analysis-series';
import { saveMarkedDays, withMarkedDay, type MarkedDay } from './marked-days';

interface Props {
  range: DayRange;
  comparison: InquiryAnalysisResponse['beforeAfter'];
  marks: readonly MarkedDay[];
  marked: string | null;
  onMark(day: string, marks: MarkedDay[]): void;
}

export function BeforeAfterSection({ range, comparison, marks, marked, onMark }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [day, setDay] = useState(marked ?? '');
  const [note, setNote] = useState(() => marks.find((mark) => mark.day === marked)?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const dayId = useId();
  const noteId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isDay(day) || day <= range.from || day > range.to) {
      setProblem(t('console.analysis.markOutside'));
      return;
    }
    setProblem(null);
    const list = withMarkedDay(marks, day, note);
    saveMarkedDays(list);
    onMark(day, list);
  }

  const markNote = marks.find((mark) => mark.day === comparison?.marked)?.note;
  const change = comparison ? rateChangePoints(comparison.before.rate, comparison.after.rate) : null;
  return (
    <section className="card" aria-labelledby="before-after-title">
      <div className="section-title">
        <h2 id="before-after-title">{t('console.analysis.beforeAfter')}</h2>
        <span className="muted">{t('console.analysis.beforeAfterHint')}</span>
      </div>
      <form className="filters mark-form" onSubmit={submit}>
        <label htmlFor={dayId}>
          {t('console.analysis.markDay')}
          <input
            id={dayId}
            className="text-input"
            type="date"
            value={day}
            min={range.from}
            max={range.to}
            onChange={(event) => setDay(event.target.value)}
          />
        </label>
        <label htmlFor={noteId}>
          {t('console.analysis.markNote')}
          <input
            id={noteId}
            className="text-input mark-note"
            value={note}
            maxLength={60}
            placeholder={t('console.analysis.markNotePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <button type="submit" className="button-primary">
          {t('console.analysis.compare')}
        </button>
      </form>
      {problem && (
        <p className="banner banner-error" role="alert">
          {problem}
        </p>
      )}
      {comparison ? (
        <div className="comparison" role="group" aria-label={t('console.analysis.beforeAfter')}>
          <p className="comparison-title">
            {markNote
              ? t('console.analysis.markedWithNote', {
                  day: formatDayLong(comparison.marked, language),
                  note: markNote,
                })
              : t('console.analysis.marked', { day: formatDayLong(comparison.marked, language) })}
          </p>
          <div className="comparison-cards">
            {(['before', 'after'] as const).map((side) => {
              const part = comparison[side];
              return (
                <div key={side} className={`comparison-card ${side}`}>
                  <h3>{side === 'before' ? t('console.analysis.before') : t('console.analysis.after')}</h3>
                  <p className="muted">
                    {t('console.rangeText', {
                      from: formatDayLong(part.from, language),
                      to: formatDayLong(part.to, language),
                    })}
                  </p>
                  <p className="comparison-rate">{formatPercent(part.rate)}</p>
                  <p>
                    {t('console.analysis.sideFigures', {
                      converted: part.converted,
                      inquiries: part.inquiries,
                      lost: part.lost,
                    })}
                  </p>
                </div>
              );
            })}
            <div className={`comparison-card change ${change === null ? '' : change >= 0 ? 'up' : 'down'}`}>
              <h3>{t('console.analysis.change')}</h3>
              <p className="comparison-rate">
                {change === null
                  ? t('console.analysis.noChange')
                  : t(change >= 0 ? 'console.analysis.changeUp' : 'console.analysis.changeDown', {
                      points: Math.abs(change).toFixed(1),
                    })}
              </p>
            </div>
          </div>
        </div>
      ) : (
        <p className="muted">{t('console.analysis.markFirst')}</p>
      )}
    </section>
  );
}
