import type { MethodSpec } from '../contract-kit';
import type { ORDER_METHODS } from './order-methods';

export const orderContract = {} satisfies Record<(typeof ORDER_METHODS)[number], MethodSpec>;
