/**
 * Where a checklist step's count leads: the filtered list the renderer opens. Its own file, below
 * both the data links that build targets and the checklist schema that carries them.
 */
import { z } from 'zod';
import { TASK_KINDS } from '../../../db/enums';
import { orderListQuerySchema } from '../orders/order-schema';

export const dataLinkTargetSchema = z.discriminatedUnion('page', [
  z.object({
    page: z.literal('orders'),
    filter: orderListQuerySchema.pick({
      unpaid: true,
      unverifiedAddress: true,
      shippedDaysNotSigned: true,
      logisticsException: true,
    }),
  }),
  z.object({ page: z.literal('tasks'), kind: z.enum(TASK_KINDS).nullable() }),
  z.object({ page: z.literal('inquiries') }),
  z.object({ page: z.literal('returns') }),
]);

export type DataLinkTarget = z.infer<typeof dataLinkTargetSchema>;
