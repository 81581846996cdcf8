/**
 * 发票收集: checking what the 售前 agent collected from the buyer before it becomes a 待开
 * invoice. Every problem is returned at once (the form marks each field), as a typed
 * { field, reason } the UI and the CLI localise through i18next; nothing here holds text.
 *
 * What each kind needs, as the tax rules and a finance team expect:
 * - every invoice: a 抬头 (title); a company title its 税号 (see tax-number.ts);
 * - 电子普票: an email to send it to;
 * - 纸质普票 and 增值税专票: a post address;
 * - 增值税专票: a company title plus 开户行, 账号, 地址 and 电话, which are printed on a 专票 and
 *   without which the buyer cannot deduct its input VAT;
 * - the amount, in fen, defaults to what the buyer paid for the order and may never exceed it
 *   (开票金额 above the paid amount is a false invoice, 虚开).
 */
import { isEmailAddress, normaliseEmail } from './email';
import { toHalfWidth } from './half-width';
import { INVOICE_KINDS, INVOICE_TITLE_KINDS, type InvoiceKind, type TitleKind } from './invoice-types';
import { checkTaxNumber, taxNumberRequired } from './tax-number';
import { cleanText } from '../text/stored-text';

/** Fields of the form, in its order; locales need a label for each. */
export const INVOICE_REQUEST_FIELDS = [
  'titleKind',
  'title',
  'taxNumber',
  'kind',
  'amountFen',
  'email',
  'postAddress',
  'bankName',
  'bankAccount',
  'companyAddress',
  'companyPhone',
] as const;
export type InvoiceRequestField = (typeof INVOICE_REQUEST_FIELDS)[number];

/** Every error reason; locales need a message for each (e.g. `invoices.errors.<reason>`). */
export const INVOICE_REQUEST_REASONS = [
  'required',
  'format',
  'tooLong',
  'taxNumberLength',
  'taxNumberCharacter',
  'taxNumberCheckCharacter',
  'specialNeedsCompany',
  'notPositive',
  'exceedsPaid',
] as const;
export type InvoiceRequestReason = (typeof INVOICE_REQUEST_REASONS)[number];

/** Warnings do not stop the request; the agent is asked to double-check with the buyer. */
export const INVOICE_REQUEST_WARNINGS = [
  'taxNumberLegacy15',
  'taxNumberLegacy20',
  'taxNumberIgnored',
] as const;
export type InvoiceRequestWarning = (typeof INVOICE_REQUEST_WARNINGS)[number];

export type InvoiceRequestError =
  | { field: InvoiceRequestField; reason: 'required' | 'format' }
  | { field: InvoiceRequestField; reason: 'tooLong'; max: number }
  | { field: 'taxNumber'; reason: 'taxNumberLength'; length: number }
  | { field: 'taxNumber'; reason: 'taxNumberCharacter'; position: number; character: string }
  | { field: 'taxNumber'; reason: 'taxNumberCheckCharacter'; expected: string; actual: string }
  | { field: 'titleKind'; reason: 'specialNeedsCompany' }
  | { field: 'amountFen'; reason: 'notPositive' }
  | { field: 'amountFen'; reason: 'exceedsPaid'; paidFen: number };

/** As typed in the form, the CLI or an import; optional fields may be missing or null. */
export interface InvoiceRequestInput {
  titleKind: TitleKind;
  title: string;
  taxNumber?: string | null;
  kind: InvoiceKind;
  /** Null or missing: the order's paid amount. */
  amountFen?: number | null;
  email?: string | null;
  postAddress?: string | null;
  bankName?: string | null;
  bankAccount?: string | null;
  companyAddress?: string | null;
  companyPhone?: string | null;
}

export interface InvoiceRequestContext {
  /** What the buyer actually paid for the order, in fen (实付金额). */
  orderPaidFen: number;
}

/** The request as stored: normalised, with null for what does not apply. */
export interface InvoiceRequest {
  titleKind: TitleKind;
  title: string;
  taxNumber: string | null;
  kind: InvoiceKind;
  amountFen: number;
  email: string | null;
  postAddress: string | null;
  bankName: string | null;
  bankAccount: string | null;
  companyAddress: string | null;
  companyPhone: string | null;
}

export type InvoiceRequestResult =
  | { ok: true; value: InvoiceRequest; warnings: InvoiceRequestWarning[] }
  | { ok: false; errors: InvoiceRequestError[] };

/** Longer than any real value, short enough that a paste accident is caught. */
export const INVOICE_TEXT_LIMITS = {
  title: 100,
  postAddress: 200,
  bankName: 100,
  bankAccount: 40,
  companyAddress: 200,
  companyPhone: 30,
} as const;

type LimitedField = keyof typeof INVOICE_TEXT_LIMITS;

/** Controls removed, ends trimmed; empty becomes null so "not given" has one spelling. */
function text(value: string | null | undefined): string | null {
  const cleaned = cleanText(value ?? '').trim();
  return cleaned === '' ? null : cleaned;
}

export function validateInvoiceRequest(
  input: InvoiceRequestInput,
  context: InvoiceRequestContext,
): InvoiceRequestResult {
  const errors: InvoiceRequestError[] = [];
  const warnings: InvoiceRequestWarning[] = [];

  // Inputs also arrive from the CLI and imports, where the types are only a promise.
  const titleKindKnown = INVOICE_TITLE_KINDS.includes(input.titleKind);
  const kindKnown = INVOICE_KINDS.includes(input.kind);
  if (!titleKindKnown) errors.push({ field: 'titleKind', reason: 'format' });
  if (!kindKnown) errors.push({ field: 'kind', reason: 'format' });

  const limited = (field: LimitedField, value: string | null, required: boolean): string | null => {
    if (value === null) {
      if (required) errors.push({ field, reason: 'required' });
      return null;
    }
    if (value.length > INVOICE_TEXT_LIMITS[field]) {
      errors.push({ field, reason: 'tooLong', max: INVOICE_TEXT_LIMITS[field] });
    }
    return value;
  };

  const title = limited('title', text(input.title), true);
  const taxNumber = titleKindKnown ? checkedTaxNumber(input, errors, warnings) : null;

  const special = input.kind === 'special';
  if (special && input.titleKind === 'personal') {
    errors.push({ field: 'titleKind', reason: 'specialNeedsCompany' });
  }

  const email = checkedEmail(input, errors);
  const postAddress = limited(
    'postAddress',
    text(input.postAddress),
    kindKnown && input.kind !== 'electronic',
  );
  const bankName = limited('bankName', text(input.bankName), special);
  const bankAccount = checkedBankAccount(limited('bankAccount', text(input.bankAccount), special), errors);
  const companyAddress = limited('companyAddress', text(input.companyAddress), special);
  const companyPhone = checkedPhone(limited('companyPhone', text(input.companyPhone), special), errors);
  const amountFen = checkedAmount(input.amountFen, context.orderPaidFen, errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      titleKind: input.titleKind,
      title: title!,
      taxNumber,
      kind: input.kind,
      amountFen,
      email,
      // A post address on an electronic invoice is never used; kept out so it cannot mislead.
      postAddress: input.kind === 'electronic' ? null : postAddress,
      bankName,
      bankAccount,
      companyAddress,
      companyPhone,
    },
    warnings,
  };
}

function checkedTaxNumber(
  input: InvoiceRequestInput,
  errors: InvoiceRequestError[],
  warnings: InvoiceRequestWarning[],
): string | null {
  const typed = input.taxNumber ?? '';
  if (!taxNumberRequired(input.titleKind)) {
    // 个人 titles carry no 税号; one typed anyway is dropped, and the agent told so.
    if (typed.trim() !== '') warnings.push('taxNumberIgnored');
    return null;
  }
  const result = checkTaxNumber(typed);
  if (result.ok) {
    if (result.warning === 'legacy15') warnings.push('taxNumberLegacy15');
    if (result.warning === 'legacy20') warnings.push('taxNumberLegacy20');
    return result.value;
  }
  switch (result.reason) {
    case 'empty':
      errors.push({ field: 'taxNumber', reason: 'required' });
      break;
    case 'length':
      errors.push({ field: 'taxNumber', reason: 'taxNumberLength', length: result.length });
      break;
    case 'character':
      errors.push({
        field: 'taxNumber',
        reason: 'taxNumberCharacter',
        position: result.position,
        character: result.character,
      });
      break;
    case 'checkCharacter':
      errors.push({
        field: 'taxNumber',
        reason: 'taxNumberCheckCharacter',
        expected: result.expected,
        actual: result.actual,
      });
      break;
  }
  return null;
}

/** Electronic invoices need somewhere to go; on the others an email is optional but checked. */
function checkedEmail(input: InvoiceRequestInput, errors: InvoiceRequestError[]): string | null {
  const email = normaliseEmail(cleanText(input.email ?? ''));
  if (email === '') {
    if (input.kind === 'electronic') errors.push({ field: 'email', reason: 'required' });
    return null;
  }
  if (!isEmailAddress(email)) errors.push({ field: 'email', reason: 'format' });
  return email;
}

/** Bank account numbers are digits; people group them with spaces or dashes when copying. */
function checkedBankAccount(value: string | null, errors: InvoiceRequestError[]): string | null {
  if (value === null) return null;
  const digits = toHalfWidth(value).replace(/[\s-]/g, '');
  if (!/^\d{6,}$/.test(digits)) errors.push({ field: 'bankAccount', reason: 'format' });
  return digits;
}

/** A landline with area code and extension (0591-8765 4321 转 808) or a mobile number. */
function checkedPhone(value: string | null, errors: InvoiceRequestError[]): string | null {
  if (value === null) return null;
  const phone = toHalfWidth(value).trim();
  const digitCount = phone.replace(/\D/g, '').length;
  if (!/^[0-9+()\s#转-]+$/.test(phone) || digitCount < 7) {
    errors.push({ field: 'companyPhone', reason: 'format' });
  }
  return phone;
}

function checkedAmount(
  amountFen: number | null | undefined,
  orderPaidFen: number,
  errors: InvoiceRequestError[],
): number {
  const amount = amountFen ?? orderPaidFen;
  if (!Number.isSafeInteger(amount)) {
    errors.push({ field: 'amountFen', reason: 'format' });
  } else if (amount <= 0) {
    errors.push({ field: 'amountFen', reason: 'notPositive' });
  } else if (amount > orderPaidFen) {
    errors.push({ field: 'amountFen', reason: 'exceedsPaid', paidFen: orderPaidFen });
  }
  return amount;
}
