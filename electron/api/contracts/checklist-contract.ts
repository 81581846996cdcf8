/**
 * The daily checklist (每日清单): the supervisor's template (agents get it read-only, with
 * `editable: false`; writes by agents are refused in core) and the agent's day. `checklist.check`
 * answers `confirmRequired` with `{ count }` for a step whose list is not empty, unless the
 * call says `confirmed: true` — the UI asks the agent first.
 */
import { z } from 'zod';
import {
  checklistCheckInputSchema,
  checklistReorderInputSchema,
  checklistStepInputSchema,
  checklistTemplateSchema,
  checklistTodaySchema,
} from '../../core/checklist/checklist-schema';
import { idInput, method, noInput, type MethodSpec } from '../contract-kit';
import type { CHECKLIST_METHODS } from './checklist-methods';

export const checklistContract = {
  'checklist.template': method(noInput, checklistTemplateSchema),
  'checklist.saveStep': method(checklistStepInputSchema, checklistTemplateSchema),
  'checklist.removeStep': method(idInput, checklistTemplateSchema),
  'checklist.reorder': method(checklistReorderInputSchema, checklistTemplateSchema),
  'checklist.today': method(noInput, checklistTodaySchema),
  'checklist.check': method(checklistCheckInputSchema, checklistTodaySchema),
  'checklist.uncheck': method(z.object({ itemId: z.uuid() }).strict(), checklistTodaySchema),
} satisfies Record<(typeof CHECKLIST_METHODS)[number], MethodSpec>;
