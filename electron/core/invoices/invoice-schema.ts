/**
 * Invoice (发票) shapes for the contract, derived from the drizzle table. What a request needs
 * per kind, the 税号 check and the status flow are common/invoices/; these schemas only carry
 * the values there, with i18n keys (locales `validation.invoice.*`) for malformed input.
 */
import { z } from 'zod';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { INVOICE_KINDS, INVOICE_STATUSES } from '../../../db/enums';
import { invoices } from '../../../db/schema';
import { INVOICE_REQUEST_WARNINGS } from '../../../common/invoices/invoice-request';
import { INVOICE_STEPS } from '../../../common/invoices/invoice-flow';
import { dayInputSchema } from '../customers/local-day';
import { ORDER_NO_PATTERN } from '../orders/order-schema';
import { INVOICE_EXPORT_FORMATS } from './invoice-export-formats';

/** ¥10,000,000 — far above any single order, low enough to catch a yuan typed as fen. */
const MAX_AMOUNT_FEN = 1_000_000_000;
export const INVOICE_LIST_DEFAULT = 200;
export const INVOICE_LIST_MAX = 5000;

/** Where a desk user collects a request; `import` is the order import's alone. */
export const COLLECT_SOURCES = ['panel', 'order_page', 'cli'] as const;

const agentRefSchema = z.object({
  id: z.string(),
  agentCode: z.string().nullable(),
  name: z.string().nullable(),
});

export const invoiceSchema = createSelectSchema(invoices)
  .omit({ shopId: true, ownerId: true, scope: true, deletedAt: true, version: true })
  .extend({
    /** The steps the flow allows from the current status, for the page's buttons. */
    nextSteps: z.array(z.enum(INVOICE_STEPS)),
    /**
     * Who did each step: the stamped agent id with its 工号 and name as the desk knows them (the
     * shop's roster, electron/core/team/agent-names.ts); null when the step was not done, null
     * 工号 and name for an agent the desk cannot name.
     */
    actors: z.object({
      requestedBy: agentRefSchema.nullable(),
      registeredBy: agentRefSchema.nullable(),
      issuedBy: agentRefSchema.nullable(),
      sentBy: agentRefSchema.nullable(),
      voidedBy: agentRefSchema.nullable(),
    }),
  });
export type Invoice = z.infer<typeof invoiceSchema>;

const orderNoSchema = z.string().trim().regex(ORDER_NO_PATTERN, 'validation.invoice.orderNo');
const optionalText = z.string().nullable().optional();

/**
 * 发票收集. Field checks (税号, email per kind, 专票 fields, the amount against the order's paid
 * amount) happen in the service with common/invoices/invoice-request.ts, so the form, the CLI and
 * the import are refused with the same reasons. With `id`, a still-待开 request is completed
 * (e.g. the 税号 of a title an import brought in).
 */
export const invoiceCollectInputSchema = createInsertSchema(invoices, {
  note: (s) => s.trim().max(500, 'validation.invoice.noteTooLong').default(''),
})
  .pick({ titleKind: true, kind: true, note: true })
  .required({ titleKind: true, kind: true })
  .extend({
    id: z.uuid().optional(),
    orderNo: orderNoSchema,
    title: z.string(),
    taxNo: optionalText,
    /** Null or missing: the order's paid amount less what its other live invoices already cover. */
    amountFen: z
      .number()
      .int('validation.invoice.amountFormat')
      .max(MAX_AMOUNT_FEN, 'validation.invoice.amountFormat')
      .nullable()
      .optional(),
    email: optionalText,
    postAddress: optionalText,
    bankName: optionalText,
    bankAccount: optionalText,
    companyAddress: optionalText,
    companyPhone: optionalText,
    source: z.enum(COLLECT_SOURCES).default('panel'),
  })
  .strict();
export type InvoiceCollectInput = z.output<typeof invoiceCollectInputSchema>;

export const invoiceCollectResultSchema = z.object({
  invoice: invoiceSchema,
  /** Not refusals: the agent double-checks with the buyer (`invoices.warning.<key>`). */
  warnings: z.array(z.enum(INVOICE_REQUEST_WARNINGS)),
});
export type InvoiceCollectResult = z.infer<typeof invoiceCollectResultSchema>;

/** One step of common/invoices/invoice-flow.ts on one invoice. */
export const invoiceStepInputSchema = z.discriminatedUnion('step', [
  z.object({ id: z.uuid(), step: z.literal('register') }).strict(),
  z.object({ id: z.uuid(), step: z.literal('issue'), invoiceNo: z.string(), issuedOn: z.string() }).strict(),
  z
    .object({
      id: z.uuid(),
      step: z.literal('send'),
      email: z.string().nullable().optional(),
      trackingNo: z.string().nullable().optional(),
    })
    .strict(),
  z.object({ id: z.uuid(), step: z.literal('void'), reason: z.string() }).strict(),
]);
export type InvoiceStepInput = z.output<typeof invoiceStepInputSchema>;

/** The 发票 page's and the CLI's filters; days are the shop's, on the request time. */
export const invoiceListQuerySchema = z
  .object({
    status: z.enum(INVOICE_STATUSES).optional(),
    kind: z.enum(INVOICE_KINDS).optional(),
    from: dayInputSchema.optional(),
    to: dayInputSchema.optional(),
    /** 订单号 (whole or its start), buyer nick or 抬头 (any part). */
    query: z.string().trim().max(64, 'validation.invoice.queryTooLong').default(''),
    limit: z.number().int().min(1).max(INVOICE_LIST_MAX).default(INVOICE_LIST_DEFAULT),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'validation.invoice.dayRange',
  });
export type InvoiceListQuery = z.output<typeof invoiceListQuerySchema>;

export const invoiceListSchema = z.object({
  invoices: z.array(invoiceSchema),
  /** Matching rows before `limit`/`offset`. */
  total: z.number().int(),
});
export type InvoiceList = z.infer<typeof invoiceListSchema>;

/** The panel's and the order page's view of one order: what it paid and what is left to invoice. */
export const invoiceForOrderInputSchema = z.object({ orderNo: orderNoSchema }).strict();
export const invoiceOrderSchema = z.object({
  orderNo: z.string(),
  /** Null when the desk does not have the order (a request can still be typed for it). */
  orderId: z.string().nullable(),
  buyerNick: z.string(),
  paidFen: z.number().int().nullable(),
  /** Paid less the amounts of the order's live (not 作废) invoices: the next request's default and cap. */
  remainingFen: z.number().int().nullable(),
  invoices: z.array(invoiceSchema),
});
export type InvoiceOrder = z.infer<typeof invoiceOrderSchema>;

const tallySchema = z.object({ count: z.number().int(), amountFen: z.number().int() });
const statusTallies = z.object({
  pending: tallySchema,
  issued: tallySchema,
  sent: tallySchema,
  void: tallySchema,
}) satisfies z.ZodType<Record<(typeof INVOICE_STATUSES)[number], unknown>>;
const kindTallies = z.object({
  electronic: tallySchema,
  paper: tallySchema,
  special: tallySchema,
}) satisfies z.ZodType<Record<(typeof INVOICE_KINDS)[number], unknown>>;

export const invoiceSummaryInputSchema = z
  .object({ unit: z.enum(['day', 'week']).default('day'), day: dayInputSchema.optional() })
  .strict();
export type InvoiceSummaryInput = z.output<typeof invoiceSummaryInputSchema>;

/** common/invoices/invoice-summary.ts's InvoiceSummary. */
export const invoiceSummarySchema = z.object({
  unit: z.enum(['day', 'week']),
  period: z.object({ from: z.number(), to: z.number(), firstDay: z.string(), lastDay: z.string() }),
  collected: tallySchema,
  byStatus: statusTallies,
  byKind: kindTallies,
  issued: tallySchema.extend({ byKind: kindTallies }),
  voided: tallySchema,
  stalePending: tallySchema.extend({
    invoices: z.array(
      z.object({
        id: z.string(),
        orderNo: z.string().nullable(),
        amountFen: z.number().int(),
        requestedAt: z.number(),
        ageDays: z.number().int(),
      }),
    ),
  }),
});
export type InvoiceSummaryView = z.infer<typeof invoiceSummarySchema>;

/** The list's filters (without paging: the file holds every match) and the format. */
export const invoiceExportInputSchema = z
  .object({
    format: z.enum(INVOICE_EXPORT_FORMATS, { error: 'validation.invoice.exportFormat' }),
    status: z.enum(INVOICE_STATUSES).optional(),
    kind: z.enum(INVOICE_KINDS).optional(),
    from: dayInputSchema.optional(),
    to: dayInputSchema.optional(),
    query: z.string().trim().max(64, 'validation.invoice.queryTooLong').default(''),
  })
  .strict();
export type InvoiceExportInput = z.output<typeof invoiceExportInputSchema>;
