import type { MethodSpec } from '../contract-kit';
import type { TASK_METHODS } from './task-methods';

export const taskContract = {} satisfies Record<(typeof TASK_METHODS)[number], MethodSpec>;
