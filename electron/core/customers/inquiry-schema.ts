/**
 * Inquiry (询单) shapes for the contract, derived from the drizzle table. Every message is an
 * i18n key (locales `validation.inquiry.*`).
 */
import { z } from 'zod';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { LOSS_REASONS, PLATFORMS } from '../../../db/enums';
import { inquiries } from '../../../db/schema';
import { MAX_NICK_LENGTH } from './customer-schema';

export const inquirySchema = createSelectSchema(inquiries)
  .pick({
    id: true,
    customerId: true,
    orderId: true,
    product: true,
    outcome: true,
    lossReason: true,
    note: true,
    inquiredAt: true,
    ownerId: true,
  })
  .extend({ customerNick: z.string().nullable(), orderNo: z.string().nullable() });

const inquiryFields = createInsertSchema(inquiries, {
  product: (s) => s.trim().max(100, 'validation.inquiry.productTooLong'),
  note: (s) => s.trim().max(500, 'validation.inquiry.noteTooLong'),
}).pick({ product: true, outcome: true, lossReason: true, note: true });

/** 未成交 without a reason would leave a hole in the day's 流失原因. */
const requireLossReason = (value: { outcome?: string; lossReason?: string | null }, ctx: z.RefinementCtx) => {
  if (value.outcome === 'lost' && !value.lossReason) {
    ctx.addIssue({ code: 'custom', path: ['lossReason'], message: 'validation.inquiry.lossReasonRequired' });
  }
};

export const inquiryLogInputSchema = inquiryFields
  .extend({
    customerId: z.uuid().optional(),
    buyerNick: z
      .string()
      .trim()
      .min(1, 'validation.customer.nickRequired')
      .max(MAX_NICK_LENGTH, 'validation.customer.nickTooLong')
      .optional(),
    /** Where a bare nick is looked up or created; the panel's buyers are on Taobao unless told. */
    platform: z.enum(PLATFORMS).default('taobao'),
    orderNo: z.string().trim().min(1).max(64).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.customerId && !value.buyerNick) {
      ctx.addIssue({ code: 'custom', path: ['buyerNick'], message: 'validation.inquiry.customerRequired' });
    }
    requireLossReason(value, ctx);
  });

export const inquiryUpdateInputSchema = inquiryFields
  .required({ outcome: true })
  .extend({ id: z.uuid() })
  .strict()
  .superRefine(requireLossReason);

const count = z.number().int();

export const inquiryDaySchema = z.object({
  day: z.string(),
  inquiries: z.array(inquirySchema),
  counts: z.object({
    total: count,
    converted: count,
    lost: count,
    pending: count,
    /** 询单转化率: converted ÷ total, 0 on a day without inquiries. */
    conversionRate: z.number(),
    lossReasons: z.record(z.enum(LOSS_REASONS), count),
  }),
});

export type Inquiry = z.infer<typeof inquirySchema>;
export type InquiryLogInput = z.output<typeof inquiryLogInputSchema>;
export type InquiryUpdateInput = z.output<typeof inquiryUpdateInputSchema>;
export type InquiryDay = z.infer<typeof inquiryDaySchema>;
