/**
 * 改动前后对比: the supervisor marks a day with what changed (改了详情页 on 11-20) and sees the
 * conversion of the days from it to the range's end beside the same number of days before it.
 * Marks are the shop's (kept on the server), so every supervisor sees them; the marks inside the
 * range are listed to compare around with one click.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSOLE_PATHS,
  MARK_NOTE_MAX,
  analysisMarksResponseSchema,
  type AnalysisMarksResponse,
  type InquiryAnalysisResponse,
} from '../../../console-api';
import { ConsoleApiError, postJson } from '../api/console-client';
import { formatDayLong, formatPercent, isDay } from '../format/format';
import { ErrorBanner } from '../ui/ErrorBanner';
import type { DayRange } from '../ui/range-presets';
import { useLanguage } from '../ui/use-language';
import { rateChangePoints } from './analysis-series';

type Mark = AnalysisMarksResponse['marks'][number];

interface Props {
  range: DayRange;
  comparison: InquiryAnalysisResponse['beforeAfter'];
  marks: readonly Mark[];
  marked: string | null;
  onMark(day: string, marks: Mark[]): void;
  onCompare(day: string): void;
}

export function BeforeAfterSection({ range, comparison, marks, marked, onMark, onCompare }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [day, setDay] = useState(marked ?? '');
  const [note, setNote] = useState(() => marks.find((mark) => mark.day === marked)?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<ConsoleApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const dayId = useId();
  const noteId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isDay(day) || day <= range.from || day > range.to) {
      setProblem(t('console.analysis.markOutside'));
      return;
    }
    setProblem(null);
    setSaveError(null);
    const trimmed = note.trim();
    // Comparing around a day without a note marks nothing (and keeps another supervisor's note).
    if (trimmed === '') {
      onCompare(day);
      return;
    }
    setSaving(true);
    try {
      const saved = await postJson(
        CONSOLE_PATHS.analysisMarks,
        { day, note: trimmed },
        analysisMarksResponseSchema,
      );
      onMark(day, saved.marks);
    } catch (error) {
      setSaveError(
        error instanceof ConsoleApiError
          ? error
          : new ConsoleApiError('badAnswer', 'console.error.badAnswer', 0),
      );
    } finally {
      setSaving(false);
    }
  }

  const marksInRange = marks.filter((mark) => mark.day > range.from && mark.day <= range.to);
  const shownMark = marks.find((mark) => mark.day === comparison?.marked);
  const markNote = shownMark?.note;
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
            maxLength={MARK_NOTE_MAX}
            placeholder={t('console.analysis.markNotePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <button type="submit" className="button-primary" disabled={saving}>
          {t('console.analysis.compare')}
        </button>
      </form>
      {problem && (
        <p className="banner banner-error" role="alert">
          {problem}
        </p>
      )}
      {saveError && <ErrorBanner error={saveError} />}
      {marksInRange.length > 0 && (
        <ul className="mark-list" aria-label={t('console.analysis.marksInRange')}>
          {marksInRange.map((mark) => (
            <li key={mark.day}>
              <button
                type="button"
                className="button-link"
                aria-pressed={mark.day === comparison?.marked}
                onClick={() => {
                  setDay(mark.day);
                  setNote(mark.note);
                  onCompare(mark.day);
                }}
              >
                {t('console.analysis.markedWithNote', {
                  day: formatDayLong(mark.day, language),
                  note: mark.note,
                })}
              </button>{' '}
              <span className="muted">
                {t('console.analysis.markedBy', { name: mark.markedBy.name, code: mark.markedBy.code })}
              </span>
            </li>
          ))}
        </ul>
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
