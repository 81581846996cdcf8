/** One order as its detail panel and the remark editor inside it see it. */
import type { MethodOutput } from '../../../electron/api/contract';

export type OrderDetail = MethodOutput<'orders.get'>;
