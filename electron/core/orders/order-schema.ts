/**
 * Order shapes for the contract, derived from the drizzle tables. Every message is an i18n key
 * (locales `validation.order.*`).
 */
import { z } from 'zod';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { LOGISTICS_STATES, ORDER_STATUSES, REMARK_FLAGS, REVIEW_STATES } from '../../../db/enums';
import { customers, orderItems, orderRemarks, orders } from '../../../db/schema';
import { ORDER_IMPORT_FIELDS } from './order-import-fields';
import { ORDER_LIST_DEFAULT, ORDER_LIST_MAX } from './order-list-limits';

export const ORDER_NO_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const PHONE_PATTERN = /^[0-9+\-() ]{0,24}$/;
const money = (s: z.ZodNumber) => s.int().min(0, 'validation.order.moneyNegative');
const time = z.number().int().min(0).nullable();

export const orderSchema = createSelectSchema(orders).omit({
  shopId: true,
  ownerId: true,
  scope: true,
  deletedAt: true,
  version: true,
});

export const orderItemSchema = createSelectSchema(orderItems).pick({
  id: true,
  title: true,
  sku: true,
  quantity: true,
  priceFen: true,
});

export const orderRemarkSchema = createSelectSchema(orderRemarks).pick({
  id: true,
  remark: true,
  flag: true,
  reason: true,
  agentCode: true,
  remarkedAt: true,
});

export const customerSummarySchema = createSelectSchema(customers, {
  phones: z.array(z.string()),
  addresses: z.array(z.string()),
}).pick({
  id: true,
  platform: true,
  nick: true,
  name: true,
  phones: true,
  addresses: true,
  customerType: true,
  lastContactAt: true,
});

export const orderDetailSchema = z.object({
  order: orderSchema,
  items: z.array(orderItemSchema),
  remarks: z.array(orderRemarkSchema),
  customer: customerSummarySchema.nullable(),
});

export const orderItemInputSchema = createInsertSchema(orderItems, {
  title: (s) =>
    s.trim().min(1, 'validation.order.itemTitleRequired').max(200, 'validation.order.itemTitleTooLong'),
  sku: (s) => s.trim().max(100, 'validation.order.skuTooLong'),
  quantity: (s) => s.int().min(1, 'validation.order.quantity').max(100_000, 'validation.order.quantity'),
  priceFen: money,
})
  .pick({ title: true, sku: true, quantity: true, priceFen: true })
  .strict();

export const orderInputSchema = createInsertSchema(orders, {
  orderNo: (s) => s.trim().regex(ORDER_NO_PATTERN, 'validation.order.orderNo'),
  buyerNick: (s) => s.trim().max(64, 'validation.order.buyerNickTooLong'),
  totalFen: money,
  paidFen: money,
  postageFen: money,
  receiverName: (s) => s.trim().max(50, 'validation.order.receiverNameTooLong'),
  receiverPhone: (s) => s.trim().regex(PHONE_PATTERN, 'validation.order.phone'),
  receiverAddress: (s) => s.trim().max(200, 'validation.order.addressTooLong'),
  buyerMessage: (s) => s.trim().max(500, 'validation.order.buyerMessageTooLong'),
})
  .pick({
    orderNo: true,
    buyerNick: true,
    totalFen: true,
    paidFen: true,
    postageFen: true,
    receiverName: true,
    receiverPhone: true,
    receiverAddress: true,
    buyerMessage: true,
    orderedAt: true,
    paidAt: true,
  })
  .extend({
    id: z.uuid().optional(),
    /** New orders start here (default 未付款); a changed status on an existing order is a hand transition. */
    status: z.enum(ORDER_STATUSES).optional(),
    /** When given, replaces the order's items. */
    items: z.array(orderItemInputSchema).max(100, 'validation.order.tooManyItems').optional(),
  })
  .strict();

const reasonSchema = z
  .string()
  .trim()
  .min(1, 'validation.order.reasonRequired')
  .max(200, 'validation.order.reasonTooLong');

export const setStatusInputSchema = z.object({ id: z.uuid(), status: z.enum(ORDER_STATUSES) }).strict();

export const setRemarkInputSchema = z
  .object({
    id: z.uuid(),
    remark: z.string().trim().max(500, 'validation.order.remarkTooLong'),
    flag: z.enum(REMARK_FLAGS).nullable(),
    reason: reasonSchema,
  })
  .strict();

export const setLogisticsInputSchema = z
  .object({
    id: z.uuid(),
    courier: z.string().trim().max(20, 'validation.order.courierTooLong').optional(),
    trackingNo: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{0,40}$/, 'validation.order.trackingNo')
      .optional(),
    logisticsState: z.enum(LOGISTICS_STATES).nullable().optional(),
    shippedAt: time.optional(),
    signedAt: time.optional(),
  })
  .strict();

export const setReviewInputSchema = z.object({ id: z.uuid(), reviewState: z.enum(REVIEW_STATES) }).strict();

export const ORDER_SORT_KEYS = ['orderedAt', 'paidAt', 'shippedAt', 'total'] as const;

export const orderListQuerySchema = z
  .object({
    status: z.array(z.enum(ORDER_STATUSES)).max(ORDER_STATUSES.length).optional(),
    unpaid: z.boolean().optional(),
    /** Paid and nobody has confirmed the receiver and address yet (核对收件信息). */
    unverifiedAddress: z.boolean().optional(),
    /** Shipped at least this many days ago and not signed for (物流跟进). */
    shippedDaysNotSigned: z.number().int().min(0).max(365).optional(),
    logisticsException: z.boolean().optional(),
    /** 中差评: neutral or bad. */
    badReview: z.boolean().optional(),
    flag: z.enum(REMARK_FLAGS).optional(),
    customerId: z.uuid().optional(),
    /** Order number (from its start), buyer nick, or any part of the receiver's phone. */
    query: z.string().trim().max(64, 'validation.order.queryTooLong').optional(),
    sortBy: z.enum(ORDER_SORT_KEYS).default('orderedAt'),
    sortDir: z.enum(['asc', 'desc']).default('desc'),
    limit: z.number().int().min(1).max(ORDER_LIST_MAX).default(ORDER_LIST_DEFAULT),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export const orderListSchema = z.object({ total: z.number().int(), orders: z.array(orderSchema) });

export const orderImportMappingSchema = z.partialRecord(
  z.enum(ORDER_IMPORT_FIELDS),
  z.string().trim().min(1, 'validation.orderImport.mappingEmpty').max(100),
);

export type Order = z.infer<typeof orderSchema>;
export type OrderDetail = z.infer<typeof orderDetailSchema>;
export type OrderInput = z.infer<typeof orderInputSchema>;
export type SetRemarkInput = z.infer<typeof setRemarkInputSchema>;
export type SetLogisticsInput = z.infer<typeof setLogisticsInputSchema>;
export type OrderListQuery = z.output<typeof orderListQuerySchema>;
export type OrderList = z.infer<typeof orderListSchema>;
