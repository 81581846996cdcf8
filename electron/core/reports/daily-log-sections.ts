/**
 * The daily log laid out as the export's sections (概览, 清单, 询单, 任务, 退换货, 短语使用): one
 * table each, with typed cells so every format writes them as it should — XLSX as real dates,
 * percentages and amounts, CSV as text Excel reads back the same way. Names and words come from
 * the locale files in the UI language.
 */
import { TASK_KINDS } from '../../../db/enums';
import type { DailyFigures, DailyLog, DailySummary } from './daily-log-schema';

export type Cell =
  | { type: 'text'; value: string }
  /** Text of digits that must stay text (order numbers): Excel would show 2.89E+18. */
  | { type: 'code'; value: string }
  | { type: 'count'; value: number }
  /** A share between 0 and 1; null when there is nothing to divide. */
  | { type: 'percent'; value: number | null }
  | { type: 'money'; fen: number | null }
  /** A duration in seconds, shown with one decimal; null when there is none. */
  | { type: 'seconds'; value: number | null }
  /** A duration in minutes, shown with one decimal; null when there is none. */
  | { type: 'minutes'; value: number | null }
  /** An instant, shown on the shop's clock. */
  | { type: 'time'; at: number | null }
  | { type: 'day'; value: string };

export const SECTION_KEYS = ['overview', 'checklist', 'inquiries', 'tasks', 'returns', 'phrases'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface Section {
  key: SectionKey;
  name: string;
  headers: string[];
  rows: Cell[][];
}

export type Translate = (key: string) => string;

const text = (value: string): Cell => ({ type: 'text', value });
const code = (value: string | null): Cell => ({ type: 'code', value: value ?? '' });
const num = (value: number): Cell => ({ type: 'count', value });
const day = (value: string): Cell => ({ type: 'day', value });

/** A log's figures, or the summary's (which has no single day's briefing). */
type Figures = DailyFigures & Partial<Pick<DailyLog, 'briefing'>>;

/** 早会已读 as days read of days with a briefing (1/1, 0/1; blank without a briefing). */
const briefingsRead = (f: Figures): Cell =>
  text(f.briefings.days === 0 ? '' : `${f.briefings.read}/${f.briefings.days}`);

/** The overview's metric columns, in order, each read from a log's (or the summary's) figures. */
const OVERVIEW_METRICS: { key: string; cell: (f: Figures) => Cell }[] = [
  {
    key: 'reports.metric.checklistChecked',
    cell: (f) => text(`${f.checklist.checked}/${f.checklist.total}`),
  },
  { key: 'reports.metric.inquiries', cell: (f) => num(f.inquiries.total) },
  { key: 'reports.metric.converted', cell: (f) => num(f.inquiries.converted) },
  { key: 'reports.metric.lost', cell: (f) => num(f.inquiries.lost) },
  { key: 'reports.metric.pending', cell: (f) => num(f.inquiries.pending) },
  {
    key: 'reports.metric.conversionRate',
    cell: (f) => ({ type: 'percent', value: f.inquiries.conversionRate }),
  },
  { key: 'inquiries.lossReasonLabel.price', cell: (f) => num(f.inquiries.lossReasons.price) },
  { key: 'inquiries.lossReasonLabel.service', cell: (f) => num(f.inquiries.lossReasons.service) },
  { key: 'inquiries.lossReasonLabel.outOfStock', cell: (f) => num(f.inquiries.lossReasons.outOfStock) },
  { key: 'inquiries.lossReasonLabel.other', cell: (f) => num(f.inquiries.lossReasons.other) },
  { key: 'reports.metric.convertedOrders', cell: (f) => num(f.inquiries.convertedOrders) },
  {
    key: 'reports.metric.averageOrderValue',
    cell: (f) => ({ type: 'money', fen: f.inquiries.averageOrderValueFen }),
  },
  { key: 'reports.metric.remarks', cell: (f) => num(f.orders.remarks) },
  { key: 'reports.metric.addressVerifications', cell: (f) => num(f.orders.addressVerifications) },
  { key: 'reports.metric.shipNotices', cell: (f) => num(f.orders.shipNotices) },
  { key: 'reports.metric.tasksCreated', cell: (f) => num(f.tasks.total.created) },
  { key: 'reports.metric.tasksDone', cell: (f) => num(f.tasks.total.done) },
  { key: 'reports.metric.tasksOverdue', cell: (f) => num(f.tasks.total.overdue) },
  { key: 'reports.metric.returnsRegistered', cell: (f) => num(f.returns.registered) },
  { key: 'reports.metric.badReviewsHandled', cell: (f) => num(f.badReviewsHandled) },
  { key: 'reports.metric.complaintsOpened', cell: (f) => num(f.complaints.opened) },
  { key: 'reports.metric.complaintsDone', cell: (f) => num(f.complaints.done) },
  { key: 'reports.metric.phraseUses', cell: (f) => num(f.phrases.uses) },
  { key: 'reports.metric.timedQuestions', cell: (f) => num(f.responses.timed) },
  {
    key: 'reports.metric.averageResponse',
    cell: (f) => ({ type: 'seconds', value: f.responses.averageSeconds }),
  },
  {
    key: 'reports.metric.answeredWithin15s',
    cell: (f) => ({ type: 'percent', value: f.responses.within15sRate }),
  },
  { key: 'reports.metric.suggestionsPicked', cell: (f) => num(f.responses.suggestionsPicked) },
  { key: 'reports.metric.invoicesCollected', cell: (f) => num(f.invoices.collected) },
  { key: 'reports.metric.invoicesRegistered', cell: (f) => num(f.invoices.registered) },
  { key: 'reports.metric.invoicesIssued', cell: (f) => num(f.invoices.issued) },
  { key: 'reports.metric.invoicesSent', cell: (f) => num(f.invoices.sent) },
  { key: 'reports.metric.invoicesVoided', cell: (f) => num(f.invoices.voided) },
  { key: 'reports.metric.invoicesPending', cell: (f) => num(f.invoices.pending) },
  { key: 'reports.metric.escalationsOpened', cell: (f) => num(f.escalations.opened) },
  { key: 'reports.metric.escalationsAnswered', cell: (f) => num(f.escalations.answered) },
  { key: 'reports.metric.escalationsClosed', cell: (f) => num(f.escalations.closed) },
  {
    key: 'reports.metric.medianFirstAnswer',
    cell: (f) => ({ type: 'minutes', value: f.escalations.medianFirstAnswerMinutes }),
  },
  { key: 'reports.metric.briefingsRead', cell: briefingsRead },
  { key: 'reports.metric.briefingReadAt', cell: (f) => ({ type: 'time', at: f.briefing?.readAt ?? null }) },
  { key: 'reports.metric.firstActivity', cell: (f) => ({ type: 'time', at: f.firstActivityAt }) },
  { key: 'reports.metric.lastActivity', cell: (f) => ({ type: 'time', at: f.lastActivityAt }) },
];

/** One row per agent-day, then the range's sums (合计). */
function overview(logs: readonly DailyLog[], summary: DailySummary, t: Translate): Section {
  const rows = logs.map((log) => [
    day(log.day),
    text(log.agent.agentCode),
    text(log.agent.name),
    ...OVERVIEW_METRICS.map((m) => m.cell(log)),
  ]);
  rows.push([
    text(t('reports.column.total')),
    text(''),
    text(''),
    ...OVERVIEW_METRICS.map((m) => m.cell(summary)),
  ]);
  return {
    key: 'overview',
    name: t('reports.sheet.overview'),
    headers: [
      t('reports.column.day'),
      t('reports.column.agentCode'),
      t('reports.column.agentName'),
      ...OVERVIEW_METRICS.map((m) => t(m.key)),
    ],
    rows,
  };
}

function checklist(logs: readonly DailyLog[], t: Translate, zh: boolean): Section {
  return {
    key: 'checklist',
    name: t('reports.sheet.checklist'),
    headers: ['day', 'step', 'checkedAt', 'note', 'carriedFromDay'].map((c) => t(`reports.column.${c}`)),
    rows: logs.flatMap((log) =>
      log.checklistItems.map((item) => [
        day(log.day),
        text(zh ? item.titleZh : item.titleEn),
        { type: 'time', at: item.checkedAt } as Cell,
        text(item.note),
        text(item.carriedFromDay ?? ''),
      ]),
    ),
  };
}

function inquiries(logs: readonly DailyLog[], t: Translate): Section {
  return {
    key: 'inquiries',
    name: t('reports.sheet.inquiries'),
    headers: ['time', 'buyer', 'product', 'outcome', 'lossReason', 'orderNo', 'paid', 'note'].map((c) =>
      t(`reports.column.${c}`),
    ),
    rows: logs.flatMap((log) =>
      log.inquiryRows.map((row) => [
        { type: 'time', at: row.inquiredAt } as Cell,
        text(row.buyerNick ?? ''),
        text(row.product),
        text(t(`inquiries.outcomeLabel.${row.outcome}`)),
        text(row.lossReason ? t(`inquiries.lossReasonLabel.${row.lossReason}`) : ''),
        code(row.orderNo),
        { type: 'money', fen: row.paidFen } as Cell,
        text(row.note),
      ]),
    ),
  };
}

/** Per day, the task kinds that saw anything; every day ends with its total. */
function tasks(logs: readonly DailyLog[], t: Translate): Section {
  return {
    key: 'tasks',
    name: t('reports.sheet.tasks'),
    headers: ['day', 'kind', 'created', 'done', 'overdue'].map((c) => t(`reports.column.${c}`)),
    rows: logs.flatMap((log) => [
      ...TASK_KINDS.filter((kind) => {
        const k = log.tasks.byKind[kind];
        return k.created + k.done + k.overdue > 0;
      }).map((kind) => {
        const k = log.tasks.byKind[kind];
        return [day(log.day), text(t(`tasks.kind.${kind}`)), num(k.created), num(k.done), num(k.overdue)];
      }),
      [
        day(log.day),
        text(t('reports.column.total')),
        num(log.tasks.total.created),
        num(log.tasks.total.done),
        num(log.tasks.total.overdue),
      ],
    ]),
  };
}

function returns(logs: readonly DailyLog[], t: Translate): Section {
  return {
    key: 'returns',
    name: t('reports.sheet.returns'),
    headers: [
      t('returns.column.registeredAt'),
      t('returns.column.orderNo'),
      t('returns.column.kind'),
      t('returns.column.reason'),
      t('returns.column.status'),
      t('reports.column.refund'),
    ],
    rows: logs.flatMap((log) =>
      log.returnRows.map((row) => [
        { type: 'time', at: row.registeredAt } as Cell,
        code(row.orderNo),
        text(t(`returns.kind.${row.kind}`)),
        text(row.reason),
        text(t(`returns.status.${row.status}`)),
        { type: 'money', fen: row.refundFen } as Cell,
      ]),
    ),
  };
}

function phrases(logs: readonly DailyLog[], t: Translate): Section {
  return {
    key: 'phrases',
    name: t('reports.sheet.phrases'),
    headers: ['day', 'type', 'group', 'phrase', 'uses'].map((c) => t(`reports.column.${c}`)),
    rows: logs.flatMap((log) => [
      ...log.phrases.byGroup.map((g) => [
        day(log.day),
        text(t('reports.row.phraseGroup')),
        text(g.groupName),
        text(''),
        num(g.uses),
      ]),
      ...log.phrases.top.map((p) => [
        day(log.day),
        text(t('reports.row.topPhrase')),
        text(p.groupName),
        text(p.title),
        num(p.uses),
      ]),
    ]),
  };
}

export function dailyLogSections(
  logs: readonly DailyLog[],
  summary: DailySummary,
  t: Translate,
  language: 'zh-CN' | 'en-US',
): Section[] {
  return [
    overview(logs, summary, t),
    checklist(logs, t, language === 'zh-CN'),
    inquiries(logs, t),
    tasks(logs, t),
    returns(logs, t),
    phrases(logs, t),
  ];
}
