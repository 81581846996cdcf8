/** Follow-up tasks: the grouped list, the agent's actions, the rules pass and the badge. */
import {
  complaintStepInputSchema,
  ruleRunSchema,
  runRulesInputSchema,
  snoozeInputSchema,
  taskBadgeSchema,
  taskInputSchema,
  taskListInputSchema,
  taskListSchema,
  taskSchema,
} from '../../core/tasks/task-schema';
import { idInput, method, noInput, type MethodSpec } from '../contract-kit';
import type { TASK_METHODS } from './task-methods';

export const taskContract = {
  'tasks.list': method(taskListInputSchema, taskListSchema),
  'tasks.save': method(taskInputSchema, taskSchema),
  'tasks.complete': method(idInput, taskSchema),
  'tasks.snooze': method(snoozeInputSchema, taskSchema),
  'tasks.cancel': method(idInput, taskSchema),
  'tasks.reopen': method(idInput, taskSchema),
  'tasks.setComplaintStep': method(complaintStepInputSchema, taskSchema),
  'tasks.runRules': method(runRulesInputSchema, ruleRunSchema),
  'tasks.badge': method(noInput, taskBadgeSchema),
} satisfies Record<(typeof TASK_METHODS)[number], MethodSpec>;
