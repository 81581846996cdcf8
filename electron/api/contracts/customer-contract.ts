/** Customers with their detail page, the 询单 log and the 退换货 register. */
import { z } from 'zod';
import { customerDetailSchema } from '../../core/customers/customer-detail';
import {
  customerInputSchema,
  customerSchema,
  customerSearchHitSchema,
} from '../../core/customers/customer-schema';
import {
  inquiryDaySchema,
  inquiryLogInputSchema,
  inquirySchema,
  inquiryUpdateInputSchema,
} from '../../core/customers/inquiry-schema';
import { dayInputSchema } from '../../core/customers/local-day';
import { RETURN_EXPORT_FORMATS } from '../../core/returns/return-day-export';
import {
  returnCaseSchema,
  returnDaySchema,
  returnSaveInputSchema,
  returnStatusInputSchema,
} from '../../core/returns/return-schema';
import { fileOutput, idInput, method, type MethodSpec } from '../contract-kit';
import type { CUSTOMER_METHODS } from './customer-methods';

const dayInput = z.object({ day: dayInputSchema }).strict();

export const customerContract = {
  'customers.search': method(
    z.object({ query: z.string().max(64), limit: z.number().int().min(1).max(200).default(20) }).strict(),
    z.array(customerSearchHitSchema),
  ),
  'customers.get': method(idInput, customerDetailSchema),
  'customers.save': method(customerInputSchema, customerSchema),
  'inquiries.log': method(inquiryLogInputSchema, inquirySchema),
  'inquiries.update': method(inquiryUpdateInputSchema, inquirySchema),
  'inquiries.list': method(dayInput, inquiryDaySchema),
  'returns.save': method(returnSaveInputSchema, returnCaseSchema),
  'returns.setStatus': method(returnStatusInputSchema, returnCaseSchema),
  'returns.list': method(dayInput, returnDaySchema),
  'returns.export': method(
    z.object({ day: dayInputSchema, format: z.enum(RETURN_EXPORT_FORMATS) }).strict(),
    fileOutput,
  ),
} satisfies Record<(typeof CUSTOMER_METHODS)[number], MethodSpec>;
