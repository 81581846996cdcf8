/** Orders: list, detail, hand edits along the lifecycle, remark history, and file import. */
import { z } from 'zod';
import {
  orderDetailSchema,
  orderImportMappingSchema,
  orderInputSchema,
  orderListQuerySchema,
  orderListSchema,
  orderSchema,
  setLogisticsInputSchema,
  setRemarkInputSchema,
  setReviewInputSchema,
  setStatusInputSchema,
} from '../../core/orders/order-schema';
import { fileInput, idInput, importProblemSchema, method, type MethodSpec } from '../contract-kit';
import type { ORDER_METHODS } from './order-methods';

/** A megabyte of a file per call (order-uploads.ts), in base64. */
const UPLOAD_PIECE_BASE64 = 4 * Math.ceil((1 << 20) / 3);

const orderUploadInput = z
  .object({
    uploadId: z.uuid(),
    offset: z.number().int().min(0),
    contentBase64: z.base64().max(UPLOAD_PIECE_BASE64, 'validation.orderImport.pieceTooLarge'),
  })
  .strict();

/** A small file in the call itself, or one sent before in pieces (`orders.importUpload`). */
const orderImportInput = z.union([
  fileInput.extend({ mapping: orderImportMappingSchema.optional() }),
  z
    .object({
      fileName: z.string().trim().min(1).max(255),
      uploadId: z.uuid(),
      mapping: orderImportMappingSchema.optional(),
    })
    .strict(),
]);

export const orderImportReportSchema = z.object({
  format: z.string(),
  encoding: z.string().optional(),
  totalRows: z.number().int(),
  /** The file's header names, trimmed: the choices of the mapping step. */
  headers: z.array(z.string()),
  /** The mapping used, or suggested when `needsMapping`: field → header. */
  mapping: orderImportMappingSchema,
  needsMapping: z.boolean(),
  added: z.number().int(),
  updated: z.number().int(),
  /** The first LISTED_CHANGES orders added and changed, by row: a big file reports counts and a page. */
  toAdd: z.array(
    z.object({ row: z.number().int(), orderNo: z.string(), buyerNick: z.string(), status: z.string() }),
  ),
  toUpdate: z.array(z.object({ row: z.number().int(), orderNo: z.string(), changes: z.array(z.string()) })),
  unchanged: z.number().int(),
  customersToCreate: z.number().int(),
  /** 待开 invoice requests the file's 发票抬头 column adds (one per order, never twice). */
  invoicesToCreate: z.number().int(),
  invalid: z.array(importProblemSchema),
  /** Rows repeating an earlier row of the file word for word (two exports joined): skipped. */
  duplicateRows: z.number().int(),
});

export const orderContract = {
  'orders.list': method(orderListQuerySchema, orderListSchema),
  'orders.get': method(idInput, orderDetailSchema),
  'orders.save': method(orderInputSchema, orderSchema),
  'orders.setStatus': method(setStatusInputSchema, orderSchema),
  'orders.setRemark': method(setRemarkInputSchema, orderSchema),
  'orders.verifyAddress': method(idInput, orderSchema),
  'orders.setLogistics': method(setLogisticsInputSchema, orderSchema),
  'orders.setReview': method(setReviewInputSchema, orderSchema),
  'orders.importUpload': method(orderUploadInput, z.object({ received: z.number().int() })),
  'orders.importPreview': method(orderImportInput, orderImportReportSchema),
  'orders.importApply': method(orderImportInput, orderImportReportSchema),
} satisfies Record<(typeof ORDER_METHODS)[number], MethodSpec>;
