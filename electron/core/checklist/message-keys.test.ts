/**
 * Every message key the checklist, the daily log and their CLI commands answer with has its text
 * in both languages, and the export's sheet and column names are all translated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translator';
import type { DailyLog } from '../reports/daily-log-schema';
import { dailyLogSections } from '../reports/daily-log-sections';
import { summarise } from '../../../common/reports/daily-log-summary';

const root = join(import.meta.dirname, '..', '..', '..');
const sources = [
  ...['electron/core/checklist', 'electron/core/reports'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(dir, f)),
  ),
  'electron/cli/checklist-text.ts',
];

function keysUsed(): string[] {
  const keys = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/'((?:validation|errors|checklist|reports)\.[\w.]+)'/g))
      keys.add(match[1]!);
  }
  return [...keys].sort();
}

function lookup(locale: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);
}

/** A log with a row in every section, every enum value that has a label shown once. */
const LOG: DailyLog = {
  schemaVersion: 1,
  day: '2026-11-24',
  timeZone: 'Asia/Shanghai',
  agent: { id: 'a', agentCode: 'KF007', name: '林小雨' },
  computedAt: 0,
  checklist: { checked: 1, total: 1 },
  inquiries: {
    total: 2,
    converted: 1,
    lost: 1,
    pending: 0,
    conversionRate: 0.5,
    lossReasons: { price: 1, service: 0, outOfStock: 0, other: 0 },
    convertedOrders: 1,
    convertedPaidFen: 100,
    averageOrderValueFen: 100,
  },
  orders: { remarks: 0, addressVerifications: 0, shipNotices: 0 },
  tasks: {
    byKind: Object.fromEntries(
      [
        'urgePayment',
        'verifyAddress',
        'shipNotice',
        'logisticsCheck',
        'logisticsException',
        'callback',
        'reviewInvite',
        'badReview',
        'complaint',
        'returnCase',
        'invoice',
        'custom',
      ].map((kind) => [kind, { created: 1, done: 0, overdue: 0 }]),
    ) as DailyLog['tasks']['byKind'],
    total: { created: 12, done: 0, overdue: 0 },
  },
  returns: { registered: 1, refundFen: 100, byKind: { return: 1, exchange: 0, refundOnly: 0 } },
  badReviewsHandled: 0,
  complaints: { opened: 0, done: 0 },
  phrases: {
    uses: 1,
    byGroup: [{ groupId: 'g', groupName: '售前咨询', uses: 1 }],
    top: [{ phraseId: 'p', title: '欢迎', groupName: '售前咨询', uses: 1 }],
  },
  responses: {
    timed: 4,
    totalMs: 48_000,
    within15s: 3,
    averageSeconds: 12,
    within15sRate: 0.75,
    suggestionsPicked: 5,
  },
  invoices: { collected: 1, registered: 1, issued: 1, sent: 1, voided: 0, pending: 1 },
  escalations: { opened: 1, answered: 0, closed: 0, firstAnswerMs: [60_000], medianFirstAnswerMinutes: 1 },
  briefings: { days: 1, read: 1 },
  briefing: { readAt: 0 },
  firstActivityAt: 0,
  lastActivityAt: 0,
  checklistItems: [
    {
      stepKey: 'prepare',
      titleZh: '开工准备',
      titleEn: 'Get ready',
      checkedAt: 0,
      note: '',
      carriedFromDay: null,
    },
  ],
  inquiryRows: [
    {
      inquiredAt: 0,
      product: '',
      outcome: 'lost',
      lossReason: 'outOfStock',
      note: '',
      buyerNick: null,
      orderNo: null,
      paidFen: null,
    },
  ],
  returnRows: [
    {
      registeredAt: 0,
      kind: 'refundOnly',
      reason: 'x',
      status: 'awaitingReturn',
      refundFen: 0,
      orderNo: null,
    },
  ],
};

describe('checklist and daily log message keys', () => {
  it.each(['zh-CN', 'en-US'] as const)('all have text in %s', (language) => {
    const locale: unknown = JSON.parse(readFileSync(join(root, 'locales', `${language}.json`), 'utf8'));
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(25);
    // A count's text is an en-US plural (`key_one`, `key_other`); zh-CN has it under the key.
    const hasText = (key: string) =>
      typeof lookup(locale, key) === 'string' || typeof lookup(locale, `${key}_other`) === 'string';
    expect(used.filter((key) => !hasText(key))).toEqual([]);
  });

  it.each(['zh-CN', 'en-US'] as const)(
    'export sheets, headers and labels are translated in %s',
    (language) => {
      const { t } = createTranslator(language);
      const sections = dailyLogSections([LOG], summarise([LOG], LOG.day, LOG.day), (key) => t(key), language);
      const texts = sections.flatMap((s) => [
        s.name,
        ...s.headers,
        ...s.rows.flat().flatMap((cell) => (cell.type === 'text' ? [cell.value] : [])),
      ]);
      expect(texts.filter((text) => /^[a-z]+\.[\w.]+$/.test(text))).toEqual([]);
    },
  );
});
