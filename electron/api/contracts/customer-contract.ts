import type { MethodSpec } from '../contract-kit';
import type { CUSTOMER_METHODS } from './customer-methods';

export const customerContract = {} satisfies Record<(typeof CUSTOMER_METHODS)[number], MethodSpec>;
