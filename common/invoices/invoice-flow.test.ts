import { describe, expect, it } from 'vitest';
import {
  INVOICE_FLOW_REASONS,
  applyInvoiceStep,
  isCalendarDay,
  mayTakeStep,
  requestedFields,
  stepsFrom,
  type InvoiceFlowReason,
  type InvoiceFlowState,
  type InvoiceStep,
  type InvoiceStepRefusal,
  type InvoiceStepRequest,
} from './invoice-flow';
import type { InvoiceStatus } from './invoice-types';

// The exported list and the refusal union must name the same reasons (see invoice-request.test.ts).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reasonsMatch: Same<InvoiceStepRefusal['reason'], InvoiceFlowReason> = true;

const NOW = Date.UTC(2025, 5, 10, 6, 0); // 2025-06-10 14:00 in Shanghai
const AGENT = 'agent-7';

const state = (over: Partial<InvoiceFlowState> = {}): InvoiceFlowState => ({
  status: 'pending',
  kind: 'electronic',
  email: 'buyer@qq.com',
  registeredAt: null,
  ...over,
});

const validRequest: Record<InvoiceStep, InvoiceStepRequest> = {
  register: { step: 'register' },
  issue: { step: 'issue', invoiceNo: '25352000000012345678', issuedOn: '2025-06-10' },
  send: { step: 'send', trackingNo: 'SF1234567890' },
  void: { step: 'void', reason: '抬头写错' },
};

describe('transitions', () => {
  const allowed: [InvoiceStatus, InvoiceStep, InvoiceStatus][] = [
    ['pending', 'register', 'pending'],
    ['pending', 'issue', 'issued'],
    ['issued', 'send', 'sent'],
    ['pending', 'void', 'void'],
    ['issued', 'void', 'void'],
    ['sent', 'void', 'void'],
  ];
  const refused: [InvoiceStatus, InvoiceStep][] = [
    ['pending', 'send'],
    ['issued', 'register'],
    ['issued', 'issue'],
    ['sent', 'register'],
    ['sent', 'issue'],
    ['sent', 'send'],
    ['void', 'register'],
    ['void', 'issue'],
    ['void', 'send'],
    ['void', 'void'],
  ];

  it('covers every status × step pair exactly once', () => {
    expect(allowed.length + refused.length).toBe(16);
  });

  it.each(allowed)('%s --%s--> %s', (from, step, to) => {
    expect(mayTakeStep(from, step)).toBe(true);
    const result = applyInvoiceStep(state({ status: from, kind: 'paper' }), validRequest[step], AGENT, NOW);
    expect(result.ok && result.changes.status).toBe(to);
  });

  it.each(refused)('%s refuses %s, naming status', (from, step) => {
    expect(mayTakeStep(from, step)).toBe(false);
    expect(applyInvoiceStep(state({ status: from, kind: 'paper' }), validRequest[step], AGENT, NOW)).toEqual({
      ok: false,
      reason: 'transition',
      field: 'status',
      from,
      step,
    });
  });

  it('offers the steps a page may show', () => {
    expect(stepsFrom('pending')).toEqual(['register', 'issue', 'void']);
    expect(stepsFrom('issued')).toEqual(['send', 'void']);
    expect(stepsFrom('sent')).toEqual(['void']);
    expect(stepsFrom('void')).toEqual([]);
  });
});

describe('request', () => {
  it('starts pending with who and when', () => {
    expect(requestedFields(AGENT, NOW)).toEqual({ status: 'pending', requestedAt: NOW, requestedBy: AGENT });
  });
});

describe('register', () => {
  it('records who registered and when, keeping the status', () => {
    expect(applyInvoiceStep(state(), { step: 'register' }, AGENT, NOW)).toEqual({
      ok: true,
      changes: { status: 'pending', registeredAt: NOW, registeredBy: AGENT },
    });
  });

  it('refuses a second registration', () => {
    expect(applyInvoiceStep(state({ registeredAt: NOW - 1000 }), { step: 'register' }, AGENT, NOW)).toEqual({
      ok: false,
      reason: 'alreadyRegistered',
      field: 'registeredAt',
    });
  });
});

describe('issue', () => {
  const issue = (invoiceNo: string, issuedOn: string, over: Partial<InvoiceFlowState> = {}) =>
    applyInvoiceStep(state(over), { step: 'issue', invoiceNo, issuedOn }, AGENT, NOW);

  it('sets number, date, who and when, registering an unregistered request too', () => {
    expect(issue(' 2535 2000 0000 1234 5678 ', '2025-06-10')).toEqual({
      ok: true,
      changes: {
        status: 'issued',
        invoiceNo: '25352000000012345678',
        issuedOn: '2025-06-10',
        issuedAt: NOW,
        issuedBy: AGENT,
        registeredAt: NOW,
        registeredBy: AGENT,
      },
    });
  });

  it('leaves an earlier registration alone', () => {
    expect(issue('12345678', '2025-06-09', { registeredAt: 5 })).toEqual({
      ok: true,
      changes: {
        status: 'issued',
        invoiceNo: '12345678',
        issuedOn: '2025-06-09',
        issuedAt: NOW,
        issuedBy: AGENT,
      },
    });
  });

  it('folds a full-width number and date', () => {
    expect(issue('１２３４５６７８', '２０２５－０６－１０')).toMatchObject({
      ok: true,
      changes: { invoiceNo: '12345678', issuedOn: '2025-06-10' },
    });
  });

  it('refuses a missing, malformed or too long invoice number', () => {
    expect(issue('  ', '2025-06-10')).toEqual({ ok: false, reason: 'required', field: 'invoiceNo' });
    expect(issue('No.123/4', '2025-06-10')).toEqual({ ok: false, reason: 'format', field: 'invoiceNo' });
    expect(issue('1'.repeat(41), '2025-06-10')).toEqual({
      ok: false,
      reason: 'tooLong',
      field: 'invoiceNo',
      max: 40,
    });
  });

  it('refuses a missing, impossible or future issue date', () => {
    expect(issue('12345678', '')).toEqual({ ok: false, reason: 'required', field: 'issuedOn' });
    expect(issue('12345678', '2025/06/10')).toEqual({ ok: false, reason: 'format', field: 'issuedOn' });
    expect(issue('12345678', '2025-02-30')).toEqual({ ok: false, reason: 'format', field: 'issuedOn' });
    expect(issue('12345678', '2025-06-12')).toEqual({ ok: false, reason: 'future', field: 'issuedOn' });
    // From 10:00 UTC on the 10th it is the 11th at UTC+14; without the shop's zone the flow
    // cannot call the 11th future from then on, and does just before.
    const late = Date.UTC(2025, 5, 10, 10, 0);
    const step = { step: 'issue', invoiceNo: '12345678', issuedOn: '2025-06-11' } as const;
    expect(applyInvoiceStep(state(), step, AGENT, late).ok).toBe(true);
    expect(applyInvoiceStep(state(), step, AGENT, late - 1)).toMatchObject({ reason: 'future' });
  });
});

describe('send', () => {
  const send = (
    over: Partial<InvoiceFlowState>,
    request: Omit<Extract<InvoiceStepRequest, { step: 'send' }>, 'step'>,
  ) => applyInvoiceStep(state({ status: 'issued', ...over }), { step: 'send', ...request }, AGENT, NOW);

  it('sends an electronic invoice to the collected email', () => {
    expect(send({}, {})).toEqual({ ok: true, changes: { status: 'sent', sentAt: NOW, sentBy: AGENT } });
  });

  it('sends an electronic invoice to a corrected email, recording it', () => {
    expect(send({}, { email: ' 12345＠QQ。com ' })).toEqual({
      ok: true,
      changes: { status: 'sent', email: '12345@qq.com', sentAt: NOW, sentBy: AGENT },
    });
  });

  it('refuses an electronic invoice without a usable email, naming email', () => {
    expect(send({ email: null }, {})).toEqual({ ok: false, reason: 'required', field: 'email' });
    expect(send({ email: null }, { email: '  ' })).toEqual({ ok: false, reason: 'required', field: 'email' });
    expect(send({}, { email: 'buyer@qq' })).toEqual({ ok: false, reason: 'format', field: 'email' });
  });

  it.each(['paper', 'special'] as const)('posts a %s invoice with its tracking number', (kind) => {
    expect(send({ kind }, { trackingNo: ' sf 1234 5678 90 ' })).toEqual({
      ok: true,
      changes: { status: 'sent', trackingNo: 'SF1234567890', sentAt: NOW, sentBy: AGENT },
    });
  });

  it.each(['paper', 'special'] as const)('refuses a %s invoice without a tracking number', (kind) => {
    expect(send({ kind }, {})).toEqual({ ok: false, reason: 'required', field: 'trackingNo' });
    expect(send({ kind }, { trackingNo: null, email: 'buyer@qq.com' })).toEqual({
      ok: false,
      reason: 'required',
      field: 'trackingNo',
    });
    expect(send({ kind }, { trackingNo: '顺丰123' })).toEqual({
      ok: false,
      reason: 'format',
      field: 'trackingNo',
    });
  });
});

describe('void', () => {
  it('requires a reason and records who and when', () => {
    expect(
      applyInvoiceStep(state({ status: 'sent' }), { step: 'void', reason: '  抬头写错 ' }, AGENT, NOW),
    ).toEqual({
      ok: true,
      changes: { status: 'void', voidReason: '抬头写错', voidedAt: NOW, voidedBy: AGENT },
    });
    expect(applyInvoiceStep(state(), { step: 'void', reason: ' ' }, AGENT, NOW)).toEqual({
      ok: false,
      reason: 'required',
      field: 'voidReason',
    });
    expect(applyInvoiceStep(state(), { step: 'void', reason: '错'.repeat(201) }, AGENT, NOW)).toEqual({
      ok: false,
      reason: 'tooLong',
      field: 'voidReason',
      max: 200,
    });
  });
});

describe('actor', () => {
  it('refuses a step without an agent', () => {
    expect(applyInvoiceStep(state(), { step: 'register' }, ' ', NOW)).toEqual({
      ok: false,
      reason: 'required',
      field: 'actor',
    });
  });
});

describe('reason codes', () => {
  it('lists each refusal reason once', () => {
    expect(reasonsMatch).toBe(true);
    expect(new Set(INVOICE_FLOW_REASONS).size).toBe(INVOICE_FLOW_REASONS.length);
  });
});

describe('isCalendarDay', () => {
  it('knows leap years', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-13-01')).toBe(false);
    expect(isCalendarDay('2025-6-1')).toBe(false);
  });
});
