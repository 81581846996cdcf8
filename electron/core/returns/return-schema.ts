/**
 * Return case (退换货登记) shapes for the contract, derived from the drizzle table. Every message is
 * an i18n key (locales `validation.return.*`).
 */
import { z } from 'zod';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { RETURN_STATUSES } from '../../../db/enums';
import { returnCases } from '../../../db/schema';

/** ¥10,000,000 — far above any single order, low enough to catch a yuan typed as fen. */
const MAX_REFUND_FEN = 1_000_000_000;

const refundFenSchema = z
  .number()
  .int('validation.return.refundFormat')
  .min(0, 'validation.return.refundRange')
  .max(MAX_REFUND_FEN, 'validation.return.refundRange');

export const returnCaseSchema = createSelectSchema(returnCases)
  .pick({
    id: true,
    orderId: true,
    customerId: true,
    kind: true,
    reason: true,
    returnTrackingNo: true,
    status: true,
    refundFen: true,
    freightInsurance: true,
    note: true,
    registeredBy: true,
    registeredAt: true,
    updatedAt: true,
  })
  .extend({
    orderNo: z.string().nullable(),
    buyerNick: z.string().nullable(),
    /** Where the case may go from here, for the UI's buttons. */
    nextStatuses: z.array(z.enum(RETURN_STATUSES)),
  });

export const returnSaveInputSchema = createInsertSchema(returnCases, {
  reason: (s) =>
    s.trim().min(1, 'validation.return.reasonRequired').max(200, 'validation.return.reasonTooLong'),
  returnTrackingNo: (s) =>
    s
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z-]{0,40}$/, 'validation.return.trackingNo'),
  refundFen: refundFenSchema.default(0),
  note: (s) => s.trim().max(500, 'validation.return.noteTooLong'),
})
  .pick({
    kind: true,
    reason: true,
    returnTrackingNo: true,
    refundFen: true,
    freightInsurance: true,
    note: true,
  })
  .extend({
    id: z.uuid().optional(),
    /** The case is about an order: found by its number, which also names the buyer. */
    orderNo: z
      .string()
      .trim()
      .min(1, 'validation.return.orderNoRequired')
      .max(64, 'validation.return.orderNoTooLong'),
  })
  .strict();

export const returnStatusInputSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(RETURN_STATUSES),
    /** The amount actually refunded, when it is known only at the refund step. */
    refundFen: refundFenSchema.optional(),
  })
  .strict();

export const returnDaySchema = z.object({ day: z.string(), cases: z.array(returnCaseSchema) });

export type ReturnCase = z.infer<typeof returnCaseSchema>;
export type ReturnSaveInput = z.output<typeof returnSaveInputSchema>;
export type ReturnStatusInput = z.output<typeof returnStatusInputSchema>;
export type ReturnDay = z.infer<typeof returnDaySchema>;
