/**
 * Escalation (升级处理) shapes for the contract, derived from the drizzle table. Every message is
 * an i18n key (locales `validation.escalation.*`).
 */
import { z } from 'zod';
import { createSelectSchema } from 'drizzle-zod';
import { ESCALATION_SOURCE_KINDS, ESCALATION_STATUSES } from '../../../db/enums';
import { escalations } from '../../../db/schema';

export const MAX_ESCALATION_REASON_LENGTH = 500;
export const MAX_ESCALATION_WANTS_LENGTH = 200;
export const MAX_ESCALATION_ANSWER_LENGTH = 1000;

export const escalationSchema = createSelectSchema(escalations, {
  complaintSteps: z.array(z.boolean()).nullable(),
})
  .pick({
    id: true,
    ownerId: true,
    sourceKind: true,
    sourceId: true,
    orderNo: true,
    customerId: true,
    buyerNick: true,
    reason: true,
    buyerWants: true,
    complaintSteps: true,
    status: true,
    answer: true,
    answeredBy: true,
    takenOverBy: true,
    escalatedAt: true,
    firstAnswerAt: true,
    closedAt: true,
    closedBy: true,
    updatedAt: true,
  })
  .extend({
    /** 工号 and name of the agent who escalated, when this desk knows them. */
    ownerCode: z.string().nullable(),
    ownerName: z.string().nullable(),
    /** Whether this desk's agent escalated it (an agent sees only these). */
    mine: z.boolean(),
  });
export type Escalation = z.infer<typeof escalationSchema>;

export const escalationOpenInputSchema = z
  .object({
    sourceKind: z.enum(ESCALATION_SOURCE_KINDS),
    sourceId: z.uuid(),
    reason: z
      .string()
      .trim()
      .min(1, 'validation.escalation.reasonRequired')
      .max(MAX_ESCALATION_REASON_LENGTH, 'validation.escalation.reasonTooLong'),
    /** 买家诉求: 退款, 换货, 补偿 … in the agent's words. */
    buyerWants: z
      .string()
      .trim()
      .max(MAX_ESCALATION_WANTS_LENGTH, 'validation.escalation.buyerWantsTooLong')
      .default(''),
  })
  .strict();
export type EscalationOpenInput = z.output<typeof escalationOpenInputSchema>;

/** `active`: everything not closed yet. */
export const ESCALATION_FILTERS = ['active', ...ESCALATION_STATUSES, 'all'] as const;

export const escalationListInputSchema = z
  .object({
    status: z.enum(ESCALATION_FILTERS).default('all'),
    sourceKind: z.enum(ESCALATION_SOURCE_KINDS).optional(),
    limit: z.number().int().min(1).max(2000).default(500),
  })
  .strict();
export type EscalationListInput = z.output<typeof escalationListInputSchema>;

export const escalationListSchema = z.object({
  /** Open first, then answered, taken over and closed; oldest first within each. */
  items: z.array(escalationSchema),
  /**
   * What waits for this desk's agent (the nav badge): open cases in the queue for supervisors; for
   * an agent, its cases the supervisor answered or took over and that are not closed yet.
   */
  badge: z.number().int(),
});
export type EscalationList = z.infer<typeof escalationListSchema>;

export const escalationAnswerInputSchema = z
  .object({
    id: z.uuid(),
    answer: z
      .string()
      .trim()
      .min(1, 'validation.escalation.answerRequired')
      .max(MAX_ESCALATION_ANSWER_LENGTH, 'validation.escalation.answerTooLong'),
  })
  .strict();
export type EscalationAnswerInput = z.output<typeof escalationAnswerInputSchema>;

export const escalationSourceInputSchema = z
  .object({ sourceKind: z.enum(ESCALATION_SOURCE_KINDS), sourceId: z.uuid() })
  .strict();

/** A source's latest escalation, or null when it was never escalated. */
export const escalationForSourceSchema = z.object({ escalation: escalationSchema.nullable() });
