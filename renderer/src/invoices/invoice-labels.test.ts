import { describe, expect, it } from 'vitest';
import { INVOICE_STEPS } from '../../../common/invoices/invoice-flow';
import { INVOICE_REQUEST_WARNINGS } from '../../../common/invoices/invoice-request';
import { INVOICE_KINDS, INVOICE_STATUSES } from '../../../db/enums';
import en from '../../../locales/en-US.json';
import zh from '../../../locales/zh-CN.json';
import {
  INVOICE_KIND_LABEL_KEYS,
  INVOICE_STATUS_LABEL_KEYS,
  INVOICE_WARNING_LABEL_KEYS,
  statusLabelKey,
  stepLabelKey,
} from './invoice-labels';

const text = (locale: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);

describe('invoice labels', () => {
  it('reads 已发送 for an emailed e-invoice and 已寄出 for a posted paper one', () => {
    expect(text(zh, statusLabelKey('sent', 'electronic'))).toBe('已发送');
    expect(text(zh, statusLabelKey('sent', 'paper'))).toBe('已寄出');
    expect(text(zh, statusLabelKey('sent', 'special'))).toBe('已寄出');
    expect(text(zh, statusLabelKey('pending', 'paper'))).toBe('待开');
    expect(text(zh, stepLabelKey('send', 'electronic'))).toBe('发送');
    expect(text(zh, stepLabelKey('send', 'special'))).toBe('寄出');
  });

  it('names every status, kind, step and warning in zh-CN and en-US, each differently', () => {
    const keyLists = [
      INVOICE_STATUSES.map((status) => INVOICE_STATUS_LABEL_KEYS[status]),
      INVOICE_KINDS.map((kind) => INVOICE_KIND_LABEL_KEYS[kind]),
      INVOICE_STEPS.map((step) => stepLabelKey(step, 'paper')),
      INVOICE_REQUEST_WARNINGS.map((warning) => INVOICE_WARNING_LABEL_KEYS[warning]),
    ];
    for (const locale of [zh, en]) {
      for (const keys of keyLists) {
        const labels = keys.map((key) => text(locale, key));
        expect(labels.every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
        expect(new Set(labels).size).toBe(keys.length);
      }
    }
  });
});
