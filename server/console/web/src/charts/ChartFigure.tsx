/**
 * One chart: a Chart.js canvas with a spoken summary (role="img", aria-label) and the same figures
 * as a table under 以表格查看, for screen readers, keyboards and anyone who wants exact numbers.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-setup';

interface Props {
  config: ChartConfiguration;
  /** What the chart shows, in one sentence, for screen readers. */
  summary: string;
  /** The chart's figures as a table (shown on demand). */
  table: ReactNode;
  className?: string;
}

export function ChartFigure({ config, summary, table, className }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <figure className={`chart-figure ${className ?? ''}`}>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      <details className="chart-table">
        <summary>{t('console.chart.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
