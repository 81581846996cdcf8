/** 转化率趋势: one line per agent and the team's, per day of the range; the same figures as a table. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartConfiguration } from 'chart.js';
import type { InquiryAnalysisResponse } from '../../../console-api';
import { colourOf } from '../charts/chart-setup';
import { ChartFigure } from '../charts/ChartFigure';
import { formatDayShort, NO_VALUE } from '../format/format';
import { daysOf } from '../ui/range-presets';
import { useLanguage } from '../ui/use-language';
import { conversionSeries } from './analysis-series';

export function ConversionTrend({ data }: { data: InquiryAnalysisResponse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = useMemo(() => daysOf({ from: data.from, to: data.to }), [data.from, data.to]);
  const series = useMemo(
    () => conversionSeries(data.byAgentDay, days, t('console.analysis.teamLine')),
    [data.byAgentDay, days, t],
  );
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels: days.map((day) => formatDayShort(day, language)),
        datasets: series.map((line, index) => {
          const team = line.key === 'team';
          const colour = team ? '#1f2329' : colourOf(index);
          return {
            label: line.label,
            data: line.points,
            borderColor: colour,
            backgroundColor: colour,
            borderWidth: team ? 3 : 2,
            borderDash: team ? [6, 4] : [],
            pointRadius: days.length > 31 ? 0 : 3,
            spanGaps: true,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } },
          x: { ticks: { maxRotation: 0, autoSkipPadding: 12 } },
        },
        plugins: {
          // Each series as a short stroke of its own line (the team's dashed): a filled box drawn
          // with the team's dash came out as a ragged square.
          legend: {
            position: 'bottom',
            labels: { usePointStyle: true, pointStyle: 'line', pointStyleWidth: 28 },
          },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label}: ${item.raw === null ? NO_VALUE : `${item.raw}%`}`,
            },
          },
        },
      },
    }),
    [days, series, language],
  );
  const team = series[series.length - 1];
  const summary = t('console.analysis.trendSummary', {
    agents: series.length - 1,
    days: days.length,
    first: pointText(team?.points.find((point) => point !== null)),
    last: pointText([...(team?.points ?? [])].reverse().find((point) => point !== null)),
  });

  return (
    <section className="card" aria-labelledby="trend-title">
      <div className="section-title">
        <h2 id="trend-title">{t('console.analysis.trend')}</h2>
        <span className="muted">{t('console.analysis.trendHint')}</span>
      </div>
      <ChartFigure
        config={config}
        summary={summary}
        table={
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('console.analysis.trend')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('console.analysis.trend')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.column.day')}</th>
                  {series.map((line) => (
                    <th key={line.key} scope="col" className="numeric">
                      {line.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {days.map((day, index) => (
                  <tr key={day}>
                    <th scope="row">{formatDayShort(day, language)}</th>
                    {series.map((line) => (
                      <td key={line.key} className="numeric">
                        {pointText(line.points[index])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
    </section>
  );
}

const pointText = (point: number | null | undefined) =>
  point === null || point === undefined ? NO_VALUE : `${point.toFixed(1)}%`;
