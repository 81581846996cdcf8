/** 询单转化 as a donut: converted, lost and pending shares of the inquiries, the rate in the middle. */
import { useTranslation } from 'react-i18next';
import type { DailySummary } from './use-daily-report';
import { formatShare } from './share-format';

const RADIUS = 46;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function ConversionChart({ inquiries }: { inquiries: DailySummary['inquiries'] }) {
  const { t } = useTranslation();
  const rate = formatShare(inquiries.conversionRate);
  const parts = [
    {
      key: 'converted',
      value: inquiries.converted,
      className: 'donut-converted',
      labelKey: 'reports.metric.converted',
    },
    { key: 'lost', value: inquiries.lost, className: 'donut-lost', labelKey: 'reports.metric.lost' },
    {
      key: 'pending',
      value: inquiries.pending,
      className: 'donut-pending',
      labelKey: 'reports.metric.pending',
    },
  ];
  let offset = 0;
  const arcs = parts.map((part) => {
    const length = inquiries.total > 0 ? (part.value / inquiries.total) * CIRCUMFERENCE : 0;
    const arc = { ...part, length, offset };
    offset += length;
    return arc;
  });
  const label = t('reportsPage.conversionChart', {
    count: inquiries.total,
    converted: inquiries.converted,
    lost: inquiries.lost,
    pending: inquiries.pending,
    rate,
  });
  return (
    <figure className="report-chart conversion-chart">
      <svg viewBox="0 0 120 120" role="img" aria-label={label} width="132" height="132">
        <circle className="donut-track" cx="60" cy="60" r={RADIUS} />
        {arcs
          .filter((arc) => arc.length > 0)
          .map((arc) => (
            <circle
              key={arc.key}
              className={arc.className}
              cx="60"
              cy="60"
              r={RADIUS}
              strokeDasharray={`${arc.length} ${CIRCUMFERENCE - arc.length}`}
              strokeDashoffset={-arc.offset}
              transform="rotate(-90 60 60)"
            />
          ))}
        <text x="60" y="58" className="donut-value" textAnchor="middle">
          {rate}
        </text>
        <text x="60" y="76" className="donut-caption" textAnchor="middle">
          {t('reports.metric.conversionRate')}
        </text>
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {parts.map((part) => (
          <li key={part.key}>
            <span className={`legend-swatch ${part.className}`} />
            {t(part.labelKey)} {part.value}
          </li>
        ))}
      </ul>
    </figure>
  );
}
