/**
 * The life of an invoice after it is collected: 待开 (pending) → 已开 (issued: the invoice number
 * and date from the tax system) → 已发送 (electronic: emailed) / 已寄出 (paper and 专票: posted with
 * a tracking number), and 作废 (void, with a reason) from any of those. Nothing else moves: an
 * issued invoice is never "un-issued" (it is voided and a new request made), and a void one stays
 * void, because the tax system works that way and finance reconciles against it.
 *
 * 登记 (register) is the 售后/订单专员 taking a request into the register; it keeps the status.
 *
 * Pure: the desk applies the result locally and the server re-applies it to decide a synced
 * write, so both refuse the same steps with the same typed reasons.
 */
import { isEmailAddress, normaliseEmail } from './email';
import { toHalfWidth } from './half-width';
import type { AgentId, InvoiceKind, InvoiceStatus } from './invoice-types';

export const INVOICE_STEPS = ['register', 'issue', 'send', 'void'] as const;
export type InvoiceStep = (typeof INVOICE_STEPS)[number];

/** Which statuses each step leaves from, and where it goes. */
const TRANSITIONS: Record<InvoiceStep, { from: readonly InvoiceStatus[]; to: InvoiceStatus }> = {
  register: { from: ['pending'], to: 'pending' },
  issue: { from: ['pending'], to: 'issued' },
  send: { from: ['issued'], to: 'sent' },
  void: { from: ['pending', 'issued', 'sent'], to: 'void' },
};

/**
 * The server's rule for a synced write of an invoice's status, whoever sent it: forward along
 * pending → issued → sent, skipping steps (a desk's outbox may carry only the last), and void
 * from any status and for good.
 */
export function mayMoveInvoiceStatus(from: InvoiceStatus, to: InvoiceStatus): boolean {
  if (from === to) return true;
  if (from === 'void') return false;
  if (to === 'void') return true;
  const forward: readonly InvoiceStatus[] = ['pending', 'issued', 'sent'];
  return forward.indexOf(to) > forward.indexOf(from);
}

export function mayTakeStep(status: InvoiceStatus, step: InvoiceStep): boolean {
  return TRANSITIONS[step].from.includes(status);
}

/** The steps a page may offer for an invoice in `status` (void offers none). */
export function stepsFrom(status: InvoiceStatus): InvoiceStep[] {
  return INVOICE_STEPS.filter((step) => mayTakeStep(status, step));
}

/** What the flow reads of the current invoice; any wider invoice object fits. */
export interface InvoiceFlowState {
  status: InvoiceStatus;
  kind: InvoiceKind;
  email: string | null;
  registeredAt: number | null;
}

export type InvoiceStepRequest =
  | { step: 'register' }
  | { step: 'issue'; invoiceNo: string; issuedOn: string }
  /** Electronic: `email` overrides the collected one. Paper/专票: `trackingNo` is required. */
  | { step: 'send'; email?: string | null; trackingNo?: string | null }
  | { step: 'void'; reason: string };

/** Columns a step writes, camelCase (the db layer maps to invoice_no, issued_at, …). */
export interface InvoiceStepChanges {
  status: InvoiceStatus;
  invoiceNo?: string;
  issuedOn?: string;
  trackingNo?: string;
  email?: string;
  voidReason?: string;
  registeredAt?: number;
  registeredBy?: AgentId;
  issuedAt?: number;
  issuedBy?: AgentId;
  sentAt?: number;
  sentBy?: AgentId;
  voidedAt?: number;
  voidedBy?: AgentId;
}

export type InvoiceFlowField =
  'status' | 'registeredAt' | 'invoiceNo' | 'issuedOn' | 'trackingNo' | 'email' | 'voidReason' | 'actor';

/** Every refusal reason, for checking that both locales translate each one. */
export const INVOICE_FLOW_REASONS = [
  'transition',
  'alreadyRegistered',
  'required',
  'format',
  'tooLong',
  'future',
] as const;
export type InvoiceFlowReason = (typeof INVOICE_FLOW_REASONS)[number];

export type InvoiceStepRefusal =
  | { ok: false; reason: 'transition'; field: 'status'; from: InvoiceStatus; step: InvoiceStep }
  | { ok: false; reason: 'alreadyRegistered'; field: 'registeredAt' }
  | { ok: false; reason: 'required'; field: InvoiceFlowField }
  | { ok: false; reason: 'format'; field: InvoiceFlowField }
  | { ok: false; reason: 'tooLong'; field: InvoiceFlowField; max: number }
  | { ok: false; reason: 'future'; field: 'issuedOn' };

export type InvoiceStepResult = { ok: true; changes: InvoiceStepChanges } | InvoiceStepRefusal;

/** Room for a 数电票 number (20 digits) or a 发票代码 + 号码 pair with a separator. */
export const INVOICE_NO_MAX_LENGTH = 40;
export const TRACKING_NO_MAX_LENGTH = 40;
export const VOID_REASON_MAX_LENGTH = 200;

/** The fields of a freshly collected request: every invoice starts 待开. */
export function requestedFields(
  actor: AgentId,
  now: number,
): { status: 'pending'; requestedAt: number; requestedBy: AgentId } {
  return { status: 'pending', requestedAt: now, requestedBy: actor };
}

/**
 * The changes `request` makes to `current`, taken by `actor` at `now` (epoch ms), or the first
 * reason it is refused, naming the field to fix.
 */
export function applyInvoiceStep(
  current: InvoiceFlowState,
  request: InvoiceStepRequest,
  actor: AgentId,
  now: number,
): InvoiceStepResult {
  // An anonymous step would leave a *_by column empty, and 日报 counts steps per agent.
  if (actor.trim() === '') return { ok: false, reason: 'required', field: 'actor' };
  if (!mayTakeStep(current.status, request.step)) {
    return { ok: false, reason: 'transition', field: 'status', from: current.status, step: request.step };
  }
  switch (request.step) {
    case 'register':
      return register(current, actor, now);
    case 'issue':
      return issue(current, request, actor, now);
    case 'send':
      return send(current, request, actor, now);
    case 'void':
      return voidInvoice(request, actor, now);
  }
}

function register(current: InvoiceFlowState, actor: AgentId, now: number): InvoiceStepResult {
  // Registered once: a second 登记 would overwrite who took the request in.
  if (current.registeredAt !== null) return { ok: false, reason: 'alreadyRegistered', field: 'registeredAt' };
  return { ok: true, changes: { status: 'pending', registeredAt: now, registeredBy: actor } };
}

function issue(
  current: InvoiceFlowState,
  request: Extract<InvoiceStepRequest, { step: 'issue' }>,
  actor: AgentId,
  now: number,
): InvoiceStepResult {
  const invoiceNo = normaliseIdentifier(request.invoiceNo);
  const invoiceNoRefusal = identifierRefusal(invoiceNo, 'invoiceNo', INVOICE_NO_MAX_LENGTH);
  if (invoiceNoRefusal) return invoiceNoRefusal;

  const issuedOn = toHalfWidth(request.issuedOn).trim();
  if (issuedOn === '') return { ok: false, reason: 'required', field: 'issuedOn' };
  if (!isCalendarDay(issuedOn)) return { ok: false, reason: 'format', field: 'issuedOn' };
  if (issuedOn > latestPossibleToday(now)) return { ok: false, reason: 'future', field: 'issuedOn' };

  const changes: InvoiceStepChanges = {
    status: 'issued',
    invoiceNo,
    issuedOn,
    issuedAt: now,
    issuedBy: actor,
  };
  // Issuing a request nobody registered registers it too, so 日报's "registered" never counts
  // fewer invoices than "issued" when one person does both in one go.
  if (current.registeredAt === null) Object.assign(changes, { registeredAt: now, registeredBy: actor });
  return { ok: true, changes };
}

function send(
  current: InvoiceFlowState,
  request: Extract<InvoiceStepRequest, { step: 'send' }>,
  actor: AgentId,
  now: number,
): InvoiceStepResult {
  if (current.kind === 'electronic') {
    const typed = request.email?.trim() ? request.email : null;
    const email = normaliseEmail(typed ?? current.email ?? '');
    if (email === '') return { ok: false, reason: 'required', field: 'email' };
    if (!isEmailAddress(email)) return { ok: false, reason: 'format', field: 'email' };
    const changes: InvoiceStepChanges = { status: 'sent', sentAt: now, sentBy: actor };
    if (email !== current.email) changes.email = email;
    return { ok: true, changes };
  }
  // Paper and 专票 go by post: without a tracking number nobody can answer "where is my invoice".
  const trackingNo = normaliseIdentifier(request.trackingNo ?? '');
  const refusal = identifierRefusal(trackingNo, 'trackingNo', TRACKING_NO_MAX_LENGTH);
  if (refusal) return refusal;
  return { ok: true, changes: { status: 'sent', trackingNo, sentAt: now, sentBy: actor } };
}

function voidInvoice(
  request: Extract<InvoiceStepRequest, { step: 'void' }>,
  actor: AgentId,
  now: number,
): InvoiceStepResult {
  // Finance must be able to tell a 红冲 for a wrong title from a cancelled order.
  const voidReason = request.reason.trim();
  if (voidReason === '') return { ok: false, reason: 'required', field: 'voidReason' };
  if (voidReason.length > VOID_REASON_MAX_LENGTH) {
    return { ok: false, reason: 'tooLong', field: 'voidReason', max: VOID_REASON_MAX_LENGTH };
  }
  return { ok: true, changes: { status: 'void', voidReason, voidedAt: now, voidedBy: actor } };
}

/** Invoice and tracking numbers as typed: full-width folded, spaces dropped, letters upper-case. */
function normaliseIdentifier(input: string): string {
  return toHalfWidth(input).replace(/\s/g, '').toUpperCase();
}

function identifierRefusal(
  value: string,
  field: 'invoiceNo' | 'trackingNo',
  max: number,
): InvoiceStepRefusal | null {
  if (value === '') return { ok: false, reason: 'required', field };
  if (value.length > max) return { ok: false, reason: 'tooLong', field, max };
  if (!/^[0-9A-Z][0-9A-Z-]*$/.test(value)) return { ok: false, reason: 'format', field };
  return null;
}

/** `YYYY-MM-DD` naming a day that exists (no 2月30日). */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The latest calendar day it can be anywhere on Earth at `now` (UTC+14). The flow does not know
 * the shop's zone, and refusing a date that is already "today" in the shop would block a real
 * invoice; a date beyond that is a typo (2052 for 2025) whatever the zone.
 */
function latestPossibleToday(now: number): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}
