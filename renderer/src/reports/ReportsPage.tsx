/**
 * 报表: one agent's daily log (日报) for a day or a range — headline figures, 询单转化 donut,
 * 流失原因, tasks by kind as bars and a table, 短语使用, the checklist — and its export.
 * Computed by the host from the data on every visit, never typed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashOf } from '../shell/nav-items';
import { navigate, useHashLocation } from '../shell/use-main-page';
import type { Settings } from '../settings/settings-form-values';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDay } from '../ui/format';
import { validationIssues } from '../ui/issue-fields';
import { ChecklistTable } from './ChecklistTable';
import { ConversionChart } from './ConversionChart';
import { DutyFigures } from './DutyFigures';
import { LossReasonTable } from './LossReasonTable';
import { PhraseUseTables } from './PhraseUseTables';
import { ReportExport } from './ReportExport';
import { ReportFigures } from './ReportFigures';
import { paramsOfRange, rangeOfParams, type ReportRange } from './report-range';
import { ReportRangeForm } from './ReportRangeForm';
import { TaskKindChart } from './TaskKindChart';
import { TaskKindTable } from './TaskKindTable';
import { useDailyReport } from './use-daily-report';
import '../ui/desk.css';
import './reports.css';

type Agent = NonNullable<Settings['agent']>;

export function ReportsPage({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const [today] = useState(() => formatDay(Date.now()));
  const range = rangeOfParams(useHashLocation().params, today);
  const state = useDailyReport(range);
  const goTo = (next: ReportRange) => navigate(hashOf('reports', [], paramsOfRange(next, today)));
  const shownAgent = state.status === 'ready' ? state.report.logs[0]?.agent : undefined;

  return (
    <div className="page page-wide reports-page">
      <header className="page-header page-header-row">
        <div>
          <h1>{t('reports.title')}</h1>
          <p>{t('reportsPage.subtitle')}</p>
        </div>
        <ReportExport range={range} />
      </header>
      <ReportRangeForm range={range} today={today} agent={agent} onChange={goTo} />
      {state.status === 'loading' && (
        <p className="muted" role="status" aria-busy="true">
          {t('reportsPage.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <ErrorBanner error={state.error} issues={validationIssues(state.error)} />
      )}
      {state.status === 'ready' && (
        <>
          <p className="report-heading">
            {t('reportsPage.heading', {
              name: shownAgent?.name ?? agent.name,
              code: shownAgent?.agentCode ?? agent.agentCode,
              from: state.report.summary.from,
              to: state.report.summary.to,
              count: state.report.summary.days,
            })}
          </p>
          <ReportFigures summary={state.report.summary} />
          <div className="report-columns">
            <section className="report-section" aria-labelledby="report-conversion">
              <h2 id="report-conversion">{t('reportsPage.conversion')}</h2>
              <div className="report-conversion">
                <ConversionChart inquiries={state.report.summary.inquiries} />
                <LossReasonTable lossReasons={state.report.summary.inquiries.lossReasons} />
              </div>
            </section>
            <section className="report-section" aria-labelledby="report-tasks">
              <h2 id="report-tasks">{t('reportsPage.tasks')}</h2>
              <TaskKindChart tasks={state.report.summary.tasks} />
            </section>
          </div>
          <section className="report-section" aria-labelledby="report-task-table">
            <h2 id="report-task-table">{t('reportsPage.taskTable')}</h2>
            <TaskKindTable tasks={state.report.summary.tasks} />
            <p className="muted report-note">{t('reportsPage.tasksNote')}</p>
          </section>
          <section className="report-section" aria-labelledby="report-duties">
            <h2 id="report-duties">{t('reportsPage.duties')}</h2>
            <DutyFigures summary={state.report.summary} logs={state.report.logs} />
          </section>
          <section className="report-section" aria-labelledby="report-phrases">
            <h2 id="report-phrases">{t('reportsPage.phrases')}</h2>
            <PhraseUseTables phrases={state.report.summary.phrases} />
          </section>
          <section className="report-section" aria-labelledby="report-checklist">
            <h2 id="report-checklist">{t('reportsPage.checklist')}</h2>
            <ChecklistTable logs={state.report.logs} />
          </section>
        </>
      )}
    </div>
  );
}
