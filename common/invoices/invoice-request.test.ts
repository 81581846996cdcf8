import { describe, expect, it } from 'vitest';
import {
  INVOICE_REQUEST_REASONS,
  validateInvoiceRequest,
  type InvoiceRequestError,
  type InvoiceRequestInput,
  type InvoiceRequestReason,
} from './invoice-request';

// The exported list and the error union must name the same reasons, or a locale check built on
// the list would miss one: this fails to compile if either side gains a reason alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const reasonsMatch: Same<InvoiceRequestError['reason'], InvoiceRequestReason> = true;

const PAID = 29_900; // ¥299.00
const context = { orderPaidFen: PAID };
const VALID_CODE = '91350100M000100Y43';

const electronicPersonal: InvoiceRequestInput = {
  titleKind: 'personal',
  title: '个人',
  kind: 'electronic',
  email: 'buyer@qq.com',
};

const paperCompany: InvoiceRequestInput = {
  titleKind: 'company',
  title: '福州示例贸易有限公司',
  taxNumber: VALID_CODE,
  kind: 'paper',
  postAddress: '福建省福州市鼓楼区示例路 1 号 张三 13800000000',
};

const special: InvoiceRequestInput = {
  ...paperCompany,
  kind: 'special',
  bankName: '中国工商银行福州分行',
  bankAccount: '1402 0234 0920 0012 345',
  companyAddress: '福州市鼓楼区示例路 1 号',
  companyPhone: '0591-8765 4321 转 808',
};

const errorsOf = (input: InvoiceRequestInput, paid = PAID): InvoiceRequestError[] => {
  const result = validateInvoiceRequest(input, { orderPaidFen: paid });
  return result.ok ? [] : result.errors;
};

describe('electronic', () => {
  it('accepts a personal title with an email, defaulting the amount to the paid amount', () => {
    expect(validateInvoiceRequest({ ...electronicPersonal, postAddress: '某地' }, context)).toEqual({
      ok: true,
      value: {
        titleKind: 'personal',
        title: '个人',
        taxNumber: null,
        kind: 'electronic',
        amountFen: PAID,
        email: 'buyer@qq.com',
        postAddress: null,
        bankName: null,
        bankAccount: null,
        companyAddress: null,
        companyPhone: null,
      },
      warnings: [],
    });
  });

  it('refuses it without an email, naming email', () => {
    expect(errorsOf({ ...electronicPersonal, email: '' })).toEqual([{ field: 'email', reason: 'required' }]);
    expect(errorsOf({ ...electronicPersonal, email: null })).toEqual([
      { field: 'email', reason: 'required' },
    ]);
  });

  it('checks the email format after folding IME punctuation', () => {
    expect(errorsOf({ ...electronicPersonal, email: 'buyer@qq' })).toEqual([
      { field: 'email', reason: 'format' },
    ]);
    expect(errorsOf({ ...electronicPersonal, email: 'buyer qq.com' })).toEqual([
      { field: 'email', reason: 'format' },
    ]);
    expect(errorsOf({ ...electronicPersonal, email: 'a..b@qq.com' })).toEqual([
      { field: 'email', reason: 'format' },
    ]);
    const folded = validateInvoiceRequest({ ...electronicPersonal, email: ' Buyer＠QQ。COM ' }, context);
    expect(folded.ok && folded.value.email).toBe('Buyer@qq.com');
  });

  it('drops a 税号 typed on a personal title, with a warning', () => {
    const result = validateInvoiceRequest({ ...electronicPersonal, taxNumber: 'whatever' }, context);
    expect(result).toMatchObject({ ok: true, value: { taxNumber: null }, warnings: ['taxNumberIgnored'] });
  });
});

describe('company titles', () => {
  it('accepts a paper invoice with a valid 税号 and a post address, normalising the 税号', () => {
    const result = validateInvoiceRequest({ ...paperCompany, taxNumber: '9135 0100 m000 100y 43' }, context);
    expect(result).toMatchObject({
      ok: true,
      value: { taxNumber: VALID_CODE, kind: 'paper', email: null, amountFen: PAID },
      warnings: [],
    });
  });

  it('requires a 税号', () => {
    expect(errorsOf({ ...paperCompany, taxNumber: undefined })).toEqual([
      { field: 'taxNumber', reason: 'required' },
    ]);
    expect(errorsOf({ ...paperCompany, taxNumber: '  ' })).toEqual([
      { field: 'taxNumber', reason: 'required' },
    ]);
  });

  it('names what is wrong with the 税号', () => {
    expect(errorsOf({ ...paperCompany, taxNumber: '91350100M000100Y44' })).toEqual([
      { field: 'taxNumber', reason: 'taxNumberCheckCharacter', expected: '3', actual: '4' },
    ]);
    expect(errorsOf({ ...paperCompany, taxNumber: '91350100M000100Y4' })).toEqual([
      { field: 'taxNumber', reason: 'taxNumberLength', length: 17 },
    ]);
    expect(errorsOf({ ...paperCompany, taxNumber: '91350100MO00100Y43' })).toEqual([
      { field: 'taxNumber', reason: 'taxNumberCharacter', position: 10, character: 'O' },
    ]);
  });

  it('accepts legacy numbers with their warning', () => {
    expect(validateInvoiceRequest({ ...paperCompany, taxNumber: '350102123456789' }, context)).toMatchObject({
      ok: true,
      value: { taxNumber: '350102123456789' },
      warnings: ['taxNumberLegacy15'],
    });
    expect(
      validateInvoiceRequest({ ...paperCompany, taxNumber: '35010219800101123X01' }, context),
    ).toMatchObject({
      ok: true,
      warnings: ['taxNumberLegacy20'],
    });
  });
});

describe('paper', () => {
  it('requires a post address and a title', () => {
    expect(errorsOf({ ...paperCompany, postAddress: ' ', title: '' })).toEqual([
      { field: 'title', reason: 'required' },
      { field: 'postAddress', reason: 'required' },
    ]);
  });

  it('checks an optional email when one is given', () => {
    expect(errorsOf({ ...paperCompany, email: 'nope' })).toEqual([{ field: 'email', reason: 'format' }]);
  });
});

describe('special (增值税专票)', () => {
  it('accepts a company with bank, account, address and phone, normalising the account', () => {
    expect(validateInvoiceRequest(special, context)).toMatchObject({
      ok: true,
      value: {
        kind: 'special',
        bankName: '中国工商银行福州分行',
        bankAccount: '1402023409200012345',
        companyAddress: '福州市鼓楼区示例路 1 号',
        companyPhone: '0591-8765 4321 转 808',
        postAddress: paperCompany.postAddress,
      },
    });
  });

  it('needs a company title', () => {
    expect(errorsOf({ ...special, titleKind: 'personal', taxNumber: null })).toEqual([
      { field: 'titleKind', reason: 'specialNeedsCompany' },
    ]);
  });

  it('needs each of bank, account, address, phone and the post address', () => {
    expect(
      errorsOf({
        ...special,
        bankName: '',
        bankAccount: null,
        companyAddress: undefined,
        companyPhone: ' ',
        postAddress: '',
      }),
    ).toEqual([
      { field: 'postAddress', reason: 'required' },
      { field: 'bankName', reason: 'required' },
      { field: 'bankAccount', reason: 'required' },
      { field: 'companyAddress', reason: 'required' },
      { field: 'companyPhone', reason: 'required' },
    ]);
  });

  it('refuses a malformed account or phone', () => {
    expect(errorsOf({ ...special, bankAccount: '工行 1402', companyPhone: '电话 88' })).toEqual([
      { field: 'bankAccount', reason: 'format' },
      { field: 'companyPhone', reason: 'format' },
    ]);
  });
});

describe('amount', () => {
  it('accepts less than the paid amount and exactly the paid amount', () => {
    expect(validateInvoiceRequest({ ...electronicPersonal, amountFen: 10_000 }, context)).toMatchObject({
      ok: true,
      value: { amountFen: 10_000 },
    });
    expect(validateInvoiceRequest({ ...electronicPersonal, amountFen: PAID }, context).ok).toBe(true);
  });

  it('never exceeds the paid amount, naming amountFen', () => {
    expect(errorsOf({ ...electronicPersonal, amountFen: PAID + 1 })).toEqual([
      { field: 'amountFen', reason: 'exceedsPaid', paidFen: PAID },
    ]);
  });

  it('refuses zero, negative and fractional fen', () => {
    expect(errorsOf({ ...electronicPersonal, amountFen: 0 })).toEqual([
      { field: 'amountFen', reason: 'notPositive' },
    ]);
    expect(errorsOf({ ...electronicPersonal, amountFen: -5 })).toEqual([
      { field: 'amountFen', reason: 'notPositive' },
    ]);
    expect(errorsOf({ ...electronicPersonal, amountFen: 99.5 })).toEqual([
      { field: 'amountFen', reason: 'format' },
    ]);
    expect(errorsOf({ ...electronicPersonal, amountFen: Number.NaN })).toEqual([
      { field: 'amountFen', reason: 'format' },
    ]);
  });

  it('refuses the default when the order has no paid amount', () => {
    expect(errorsOf(electronicPersonal, 0)).toEqual([{ field: 'amountFen', reason: 'notPositive' }]);
  });
});

describe('untrusted input', () => {
  it('refuses unknown kinds and over-long text', () => {
    const input = { ...electronicPersonal, kind: 'vat', titleKind: 'nobody', title: '字'.repeat(101) };
    expect(errorsOf(input as unknown as InvoiceRequestInput)).toEqual([
      { field: 'titleKind', reason: 'format' },
      { field: 'kind', reason: 'format' },
      { field: 'title', reason: 'tooLong', max: 100 },
    ]);
  });

  it('removes control characters before storing', () => {
    const result = validateInvoiceRequest({ ...electronicPersonal, title: ' 张\u0000三 ' }, context);
    expect(result.ok && result.value.title).toBe('张三');
  });

  it('lists every reason code it can return, once', () => {
    expect(reasonsMatch).toBe(true);
    expect(new Set(INVOICE_REQUEST_REASONS).size).toBe(INVOICE_REQUEST_REASONS.length);
  });
});
