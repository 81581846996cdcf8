/**
 * 发票: 发票收集 from the panel and the order page (`invoices.forOrder` gives the order's paid and
 * remaining amount, `invoices.collect` makes or completes a 待开 request), 发票登记 on the 发票 page
 * (`invoices.list` with filters, `invoices.step`: register / issue / send / void), and 发票汇总
 * for finance (`invoices.summary` for a day or a week, `invoices.export` as XLSX or CSV).
 */
import {
  invoiceCollectInputSchema,
  invoiceCollectResultSchema,
  invoiceExportInputSchema,
  invoiceForOrderInputSchema,
  invoiceListQuerySchema,
  invoiceListSchema,
  invoiceOrderSchema,
  invoiceSchema,
  invoiceStepInputSchema,
  invoiceSummaryInputSchema,
  invoiceSummarySchema,
} from '../../core/invoices/invoice-schema';
import { fileOutput, idInput, method, type MethodSpec } from '../contract-kit';
import type { INVOICE_METHODS } from './invoice-methods';

export const invoiceContract = {
  'invoices.list': method(invoiceListQuerySchema, invoiceListSchema),
  'invoices.get': method(idInput, invoiceSchema),
  'invoices.forOrder': method(invoiceForOrderInputSchema, invoiceOrderSchema),
  'invoices.collect': method(invoiceCollectInputSchema, invoiceCollectResultSchema),
  'invoices.step': method(invoiceStepInputSchema, invoiceSchema),
  'invoices.summary': method(invoiceSummaryInputSchema, invoiceSummarySchema),
  'invoices.export': method(invoiceExportInputSchema, fileOutput),
} satisfies Record<(typeof INVOICE_METHODS)[number], MethodSpec>;
