/**
 * What the panel's footer says after 发票收集: collected, or collected with what to double-check
 * with the buyer (an old 15/20-character 税号, a 税号 dropped from a personal title).
 */
import type { InvoiceRequestWarning } from '../../../common/invoices/invoice-request';
import { INVOICE_WARNING_LABEL_KEYS } from '../invoices/invoice-labels';
import type { DeliveryNotice } from './delivery-notice';

export function invoiceCollectedNotice(warnings: readonly InvoiceRequestWarning[]): DeliveryNotice {
  const [first] = warnings;
  return first
    ? { tone: 'warning', messageKey: 'invoices.form.collected', reasonKey: INVOICE_WARNING_LABEL_KEYS[first] }
    : { tone: 'success', messageKey: 'invoices.form.collected', reasonKey: null };
}
