/** 升级处理: open a case from a task, return or order; the supervisor's queue and moves. */
import {
  escalationAnswerInputSchema,
  escalationForSourceSchema,
  escalationListInputSchema,
  escalationListSchema,
  escalationOpenInputSchema,
  escalationSchema,
  escalationSourceInputSchema,
} from '../../core/escalations/escalation-schema';
import { idInput, method, type MethodSpec } from '../contract-kit';
import type { ESCALATION_METHODS } from './escalation-methods';

export const escalationContract = {
  'escalations.open': method(escalationOpenInputSchema, escalationSchema),
  'escalations.list': method(escalationListInputSchema, escalationListSchema),
  'escalations.get': method(idInput, escalationSchema),
  'escalations.forSource': method(escalationSourceInputSchema, escalationForSourceSchema),
  'escalations.answer': method(escalationAnswerInputSchema, escalationSchema),
  'escalations.takeOver': method(idInput, escalationSchema),
  'escalations.close': method(idInput, escalationSchema),
} satisfies Record<(typeof ESCALATION_METHODS)[number], MethodSpec>;
