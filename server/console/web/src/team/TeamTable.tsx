/**
 * 今日团队's table: 工号 and name, online/last sync, checklist n/12 with the last step and its
 * time, 询单/成交/转化率, 客单价, 平均响应用时 and the 15 s share, 早会已读, overdue tasks, open
 * complaints and bad reviews, the SOP clock; team totals in the footer. Behind the SOP clock is
 * red and says which step, so it does not rest on colour.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamTodayResponse, TeamTodayRow } from '../../../console-api';
import {
  dayOf,
  formatClock,
  formatCount,
  formatDateTime,
  formatMoney,
  formatPercent,
  formatSeconds,
} from '../format/format';
import { SortableTable, type Column } from '../ui/SortableTable';
import { stepTitle, useLanguage } from '../ui/use-language';
import { hashOf } from '../shell/console-routes';

export function TeamTable({ data }: { data: TeamTodayResponse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const zone = data.timeZone;

  const columns = useMemo<Column<TeamTodayRow>[]>(
    () => [
      {
        id: 'code',
        header: t('console.team.column.code'),
        value: (row) => row.agentCode,
        render: (row) => (
          <a href={hashOf('daily', { agent: row.agentCode, from: data.day, to: data.day })}>
            {row.agentCode}
          </a>
        ),
      },
      { id: 'name', header: t('console.team.column.name'), value: (row) => row.name },
      {
        id: 'sync',
        header: t('console.team.column.sync'),
        value: (row) => row.lastSyncAt,
        render: (row) => (
          <span className={row.online ? 'status-online' : 'status-offline'}>
            <span className="status-dot" aria-hidden="true" />
            {row.online ? t('console.team.online') : t('console.team.offline')}
            <span className="flag-text muted">
              {row.lastSyncAt === null
                ? t('console.team.neverSynced')
                : t('console.team.lastSync', { time: lastSyncText(row.lastSyncAt, zone, data.day) })}
            </span>
          </span>
        ),
      },
      {
        id: 'checklist',
        header: t('console.team.column.checklist'),
        value: (row) => row.checklist.checked,
        firstDirection: 'descending',
        render: (row) => (
          <>
            {t('console.team.checklistValue', { checked: row.checklist.checked, total: row.checklist.total })}
            <span className="flag-text muted">
              {row.checklist.lastStep
                ? t('console.team.lastStep', {
                    step: stepTitle(row.checklist.lastStep, language),
                    time: formatClock(row.checklist.lastStep.checkedAt, zone),
                  })
                : t('console.team.noStepYet')}
            </span>
          </>
        ),
      },
      {
        id: 'sop',
        header: t('console.team.column.sop'),
        value: (row) => (row.behind ? row.behindSteps.length : 0),
        firstDirection: 'descending',
        cellClass: (row) => (row.behind ? 'behind' : undefined),
        render: (row) =>
          row.behind ? (
            <>
              {t('console.team.behind')}
              {row.behindSteps.map((step) => (
                <span key={step.stepKey} className="flag-text">
                  {t('console.team.behindStep', { step: stepTitle(step, language), time: step.anchorTime })}
                </span>
              ))}
            </>
          ) : (
            t('console.team.onTime')
          ),
      },
      {
        id: 'inquiries',
        header: t('console.team.column.inquiries'),
        value: (row) => row.inquiries,
        numeric: true,
      },
      {
        id: 'converted',
        header: t('console.team.column.converted'),
        value: (row) => row.converted,
        numeric: true,
      },
      {
        id: 'rate',
        header: t('console.team.column.conversionRate'),
        value: (row) => row.conversionRate,
        render: (row) => formatPercent(row.conversionRate),
        numeric: true,
      },
      {
        id: 'aov',
        header: t('console.team.column.averageOrderValue'),
        value: (row) => row.averageOrderValueFen,
        render: (row) => formatMoney(row.averageOrderValueFen),
        numeric: true,
      },
      {
        id: 'response',
        header: t('console.team.column.averageResponse'),
        value: (row) => row.averageResponseSeconds,
        render: (row) => formatSeconds(row.averageResponseSeconds),
        numeric: true,
      },
      {
        id: 'within15',
        header: t('console.team.column.within15s'),
        value: (row) => row.within15sRate,
        render: (row) => formatPercent(row.within15sRate),
        numeric: true,
      },
      {
        id: 'briefing',
        header: t('console.team.column.briefing'),
        value: (row) => row.briefing?.readAt ?? null,
        render: (row) =>
          row.briefing === null
            ? t('console.team.noBriefing')
            : row.briefing.readAt === null
              ? t('console.team.briefingUnread')
              : t('console.team.briefingRead', { time: formatClock(row.briefing.readAt, zone) }),
      },
      {
        id: 'overdue',
        header: t('console.team.column.overdue'),
        value: (row) => row.overdueTasks,
        numeric: true,
        cellClass: (row) => (row.overdueTasks > 0 ? 'behind' : undefined),
      },
      {
        id: 'complaints',
        header: t('console.team.column.complaints'),
        value: (row) => row.complaintsOpen,
        numeric: true,
      },
      {
        id: 'badReviews',
        header: t('console.team.column.badReviews'),
        value: (row) => row.badReviewsOpen,
        numeric: true,
      },
    ],
    [t, language, zone, data.day],
  );

  const totals = data.totals;
  const footer = [
    t('console.team.totals'),
    t('console.team.totalsAgents', { count: totals.agents }),
    t('console.team.totalsOnline', { count: totals.online }),
    '',
    totals.behind > 0 ? t('console.team.totalsBehind', { count: totals.behind }) : t('console.team.onTime'),
    formatCount(totals.inquiries),
    formatCount(totals.converted),
    formatPercent(totals.conversionRate),
    formatMoney(totals.averageOrderValueFen),
    formatSeconds(totals.averageResponseSeconds),
    formatPercent(totals.within15sRate),
    t('console.team.totalsBriefingRead', { count: totals.briefingRead }),
    formatCount(totals.overdueTasks),
    formatCount(totals.complaintsOpen),
    formatCount(totals.badReviewsOpen),
  ];

  return (
    <SortableTable
      caption={t('console.team.tableCaption')}
      captionHidden
      columns={columns}
      rows={data.agents}
      rowKey={(row) => row.agentCode}
      rowClass={(row) => (row.behind ? 'row-behind' : undefined)}
      initialSort={{ column: 'code', direction: 'ascending' }}
      footer={footer}
      empty={t('console.team.empty')}
      className="team-table"
    />
  );
}

/** A sync today shows its time; an older one its day too. */
function lastSyncText(at: number, zone: string, day: string): string {
  return dayOf(at, zone) === day ? formatClock(at, zone) : formatDateTime(at, zone);
}
