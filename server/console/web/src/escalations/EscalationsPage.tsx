/**
 * 升级: the shop's escalations over a range of days — where each stands, who escalated it, why and
 * what the buyer wants, the supervisor's answer, when it was escalated, first answered and closed,
 * and the time to the first answer. Read-only: supervisors answer on the desk, where the sync's
 * rules decide who may.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSOLE_PATHS,
  ESCALATION_STATUSES,
  escalationsResponseSchema,
  type EscalationsResponse,
} from '../../../console-api';
import { getJson } from '../api/console-client';
import { useConsoleQuery } from '../api/use-console-query';
import { useShopRange } from '../api/use-shop-range';
import { formatCount, formatDateTime } from '../format/format';
import { ErrorBanner } from '../ui/ErrorBanner';
import { RangePage } from '../ui/RangePage';
import { SortableTable } from '../ui/SortableTable';

type Status = EscalationsResponse['items'][number]['status'];

const STATUS_KEYS: Record<Status, string> = {
  open: 'console.escalations.status.open',
  answered: 'console.escalations.status.answered',
  taken_over: 'console.escalations.status.taken_over',
  closed: 'console.escalations.status.closed',
};

const SOURCE_KEYS: Record<EscalationsResponse['items'][number]['sourceKind'], string> = {
  task: 'console.escalations.source.task',
  return: 'console.escalations.source.return',
  order: 'console.escalations.source.order',
};

export function EscalationsPage() {
  const { t } = useTranslation();
  const shopRange = useShopRange('last7');
  const { shop, range } = shopRange;
  const [status, setStatus] = useState<Status | ''>('');
  const zone = shop.data?.timeZone ?? 'Asia/Shanghai';
  const answer = useConsoleQuery(range ? `${range.from}|${range.to}|${status}` : null, () =>
    getJson(CONSOLE_PATHS.escalations, escalationsResponseSchema, {
      from: range!.from,
      to: range!.to,
      ...(status && { status }),
    }),
  );
  const data = answer.data;
  const minutes = (ms: number | null) =>
    ms === null ? '—' : t('console.escalations.minutes', { minutes: Math.round(ms / 60_000) });

  return (
    <RangePage
      id="escalations-title"
      title={t('console.escalations.title')}
      shopRange={shopRange}
      intro={<p className="muted">{t('console.escalations.readOnly')}</p>}
      filters={
        <label>
          {t('console.column.status')}
          <select
            className="text-input"
            value={status}
            onChange={(e) => setStatus(e.target.value as Status | '')}
          >
            <option value="">{t('console.escalations.allStatuses')}</option>
            {ESCALATION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(STATUS_KEYS[value])}
              </option>
            ))}
          </select>
        </label>
      }
    >
      {answer.error && <ErrorBanner error={answer.error} onRetry={answer.reload} />}
      {data ? (
        <>
          <ul className="summary-tiles" aria-label={t('console.escalations.summaryLabel')}>
            <li>
              <span className="tile-label">{t('console.escalations.opened')}</span>
              <span className="tile-value">{formatCount(data.totals.opened)}</span>
            </li>
            <li>
              <span className="tile-label">{t('console.escalations.status.open')}</span>
              <span className="tile-value">{formatCount(data.totals.open)}</span>
            </li>
            <li>
              <span className="tile-label">{t('console.escalations.answeredOrTaken')}</span>
              <span className="tile-value">{formatCount(data.totals.answered + data.totals.takenOver)}</span>
            </li>
            <li>
              <span className="tile-label">{t('console.escalations.status.closed')}</span>
              <span className="tile-value">{formatCount(data.totals.closed)}</span>
            </li>
            <li>
              <span className="tile-label">{t('console.escalations.medianFirstAnswer')}</span>
              <span className="tile-value">{minutes(data.totals.medianFirstAnswerMs)}</span>
            </li>
          </ul>
          <SortableTable
            caption={t('console.escalations.tableCaption')}
            columns={[
              {
                id: 'status',
                header: t('console.column.status'),
                value: (row) => ESCALATION_STATUSES.indexOf(row.status),
                render: (row) => t(STATUS_KEYS[row.status]),
              },
              {
                id: 'agent',
                header: t('console.column.agent'),
                value: (row) => (row.agentCode ? `${row.agentName ?? ''} ${row.agentCode}` : '—'),
              },
              {
                id: 'source',
                header: t('console.escalations.source.label'),
                value: (row) => `${t(SOURCE_KEYS[row.sourceKind])} ${row.orderNo ?? ''}`,
              },
              { id: 'buyer', header: t('console.column.buyer'), value: (row) => row.buyerNick },
              {
                id: 'reason',
                header: t('console.column.reason'),
                value: (row) => row.reason,
                cellClass: () => 'wrap',
              },
              {
                id: 'wants',
                header: t('console.escalations.buyerWants'),
                value: (row) => row.buyerWants,
                cellClass: () => 'wrap',
              },
              {
                id: 'answer',
                header: t('console.escalations.answer'),
                value: (row) => row.answer ?? '',
                cellClass: () => 'wrap',
              },
              {
                id: 'escalated',
                header: t('console.escalations.escalatedAt'),
                value: (row) => row.escalatedAt,
                render: (row) => formatDateTime(row.escalatedAt, zone),
              },
              {
                id: 'firstAnswer',
                header: t('console.escalations.firstAnswerAt'),
                value: (row) => row.firstAnswerAt,
                render: (row) => formatDateTime(row.firstAnswerAt, zone),
              },
              {
                id: 'closed',
                header: t('console.escalations.closedAt'),
                value: (row) => row.closedAt,
                render: (row) => formatDateTime(row.closedAt, zone),
              },
              {
                id: 'toFirstAnswer',
                header: t('console.escalations.toFirstAnswer'),
                value: (row) => row.firstAnswerMs,
                render: (row) => minutes(row.firstAnswerMs),
                numeric: true,
              },
            ]}
            rows={data.items}
            rowKey={(row) => row.id}
            empty={t('console.escalations.empty')}
          />
        </>
      ) : (
        !answer.error && !shop.error && <p className="muted">{t('console.loading')}</p>
      )}
    </RangePage>
  );
}
