/**
 * What an administrator types (shop and agent names, 工号, token ids), checked alike for the
 * admin endpoints and the CLI: one trimmed line of printable text, short enough for the indexes.
 * PostgreSQL refuses NUL and would store a lone surrogate as U+FFFD, so both are refused here,
 * with the field named, instead of failing (or changing) in the database.
 */
import { z } from 'zod';
import { POSITIONS } from '../../common/positions';
import { AGENT_ROLES } from '../database/schema';

const printableLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((text) => !/[\p{Cc}\p{Cs}]/u.test(text), {
      message: 'must not contain control characters (NUL, line breaks …) or unpaired surrogates',
    });

/** A shop's name, or its id where the CLI accepts either. */
export const shopNameSchema = printableLine(100);
/** 工号, unique within the shop. */
export const agentCodeSchema = printableLine(32);
export const agentNameSchema = printableLine(64);
export const tokenIdSchema = z.uuid();

/** 岗位 售前 / 售后 / 订单专员; null clears it. */
export const positionSchema = z.enum(POSITIONS).nullable();

export const newAgentFields = {
  code: agentCodeSchema,
  name: agentNameSchema,
  role: z.enum(AGENT_ROLES),
  position: positionSchema.optional(),
};
