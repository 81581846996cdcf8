/** The morning briefing (每日早会): today's for 今日, the supervisor's editor, 已读 and who has read it. */
import {
  briefingReadsSchema,
  briefingSaveInputSchema,
  briefingTodaySchema,
} from '../../core/briefings/briefing-schema';
import { method, noInput, type MethodSpec } from '../contract-kit';
import type { BRIEFING_METHODS } from './briefing-methods';

export const briefingContract = {
  'briefings.today': method(noInput, briefingTodaySchema),
  'briefings.save': method(briefingSaveInputSchema, briefingTodaySchema),
  'briefings.acknowledge': method(noInput, briefingTodaySchema),
  'briefings.reads': method(noInput, briefingReadsSchema),
} satisfies Record<(typeof BRIEFING_METHODS)[number], MethodSpec>;
