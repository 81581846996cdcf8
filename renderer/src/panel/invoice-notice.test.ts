import { describe, expect, it } from 'vitest';
import { invoiceCollectedNotice } from './invoice-notice';

describe('invoiceCollectedNotice', () => {
  it('is a success without warnings and a warning naming what to double-check otherwise', () => {
    expect(invoiceCollectedNotice([])).toEqual({
      tone: 'success',
      messageKey: 'invoices.form.collected',
      reasonKey: null,
    });
    expect(invoiceCollectedNotice(['taxNumberLegacy15'])).toEqual({
      tone: 'warning',
      messageKey: 'invoices.form.collected',
      reasonKey: 'invoices.warning.taxNumberLegacy15',
    });
  });
});
