/** 流失原因: lost inquiries by reason as bars, with counts and shares in a table. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartConfiguration } from 'chart.js';
import type { InquiryAnalysisResponse } from '../../../console-api';
import { ChartFigure } from '../charts/ChartFigure';
import { formatPercent } from '../format/format';
import { LOSS_REASON_KEYS } from '../ui/labels';
import { SortableTable } from '../ui/SortableTable';
import { lossReasonShares } from './analysis-series';

const BAR_COLOUR = '#d9822b';

export function LossReasonsChart({ reasons }: { reasons: InquiryAnalysisResponse['lossReasons'] }) {
  const { t } = useTranslation();
  const rows = useMemo(() => lossReasonShares(reasons), [reasons]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((row) => t(LOSS_REASON_KEYS[row.reason])),
        datasets: [
          {
            label: t('console.analysis.lostInquiries'),
            data: rows.map((row) => row.count),
            backgroundColor: BAR_COLOUR,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: false } },
      },
    }),
    [rows, t],
  );
  const lost = rows.reduce((sum, row) => sum + row.count, 0);
  const top = rows[0];
  const summary =
    lost === 0 || !top
      ? t('console.analysis.noLoss')
      : t('console.analysis.lossSummary', {
          count: lost,
          reason: t(LOSS_REASON_KEYS[top.reason]),
          share: formatPercent(top.share),
        });
  return (
    <section className="card" aria-labelledby="loss-title">
      <div className="section-title">
        <h2 id="loss-title">{t('console.analysis.lossReasons')}</h2>
        <span className="muted">{summary}</span>
      </div>
      <ChartFigure
        className="short"
        config={config}
        summary={summary}
        table={
          <SortableTable
            caption={t('console.analysis.lossReasons')}
            captionHidden
            columns={[
              {
                id: 'reason',
                header: t('console.column.lossReason'),
                value: (row) => t(LOSS_REASON_KEYS[row.reason]),
              },
              { id: 'count', header: t('console.column.count'), value: (row) => row.count, numeric: true },
              {
                id: 'share',
                header: t('console.column.share'),
                value: (row) => row.share,
                render: (row) => formatPercent(row.share),
                numeric: true,
              },
            ]}
            rows={rows}
            rowKey={(row) => row.reason}
          />
        }
      />
    </section>
  );
}
