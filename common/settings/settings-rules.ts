/**
 * The rules for the agent's profile and the shop's settings, one field at a time, shared by the
 * host's contract (electron/core/settings/settings-schema.ts) and the settings form, which checks
 * every field before saving and as a flagged field is corrected. Messages are i18n keys.
 */
import { z } from 'zod';
import { POSITIONS } from '../positions';

/** 工号: letters, digits, `-` or `_`, as printed on staff badges and in order remarks. */
export const AGENT_CODE_PATTERN = /^[A-Za-z0-9_-]{1,16}$/;
export const CUTOFF_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** ¥100,000 — no free-shipping threshold is higher than that. */
export const MAX_THRESHOLD_FEN = 10_000_000;

/** An IANA zone this runtime's ICU knows, so the host and the renderer read the shop's clock alike. */
export const isKnownTimeZone = (name: string): boolean => Intl.supportedValuesOf('timeZone').includes(name);

// An empty field asks for a value; only a value that is there can have the wrong form.
export const agentNameRule = z
  .string()
  .trim()
  .min(1, 'validation.agentName.required')
  .max(20, 'validation.agentName.tooLong');

export const agentCodeRule = z
  .string()
  .trim()
  .min(1, { error: 'validation.agentCode.required', abort: true })
  .regex(AGENT_CODE_PATTERN, 'validation.agentCode.format');

export const shopNameRule = z
  .string()
  .trim()
  .min(1, 'validation.shopName.required')
  .max(40, 'validation.shopName.tooLong');

export const courierRule = z.string().trim().max(20, 'validation.courier.tooLong');

export const thresholdFenRule = z
  .number()
  .int('validation.threshold.format')
  .min(0, 'validation.threshold.range')
  .max(MAX_THRESHOLD_FEN, 'validation.threshold.range');

export const cutoffTimeRule = z
  .string()
  .min(1, { error: 'validation.cutoffTime.required', abort: true })
  .regex(CUTOFF_TIME_PATTERN, 'validation.cutoffTime.format');

export const timeZoneRule = z.string().refine(isKnownTimeZone, 'validation.timeZone.unknown');

/** 岗位 售前 / 售后 / 订单专员 (common/positions.ts). */
export const positionRule = z.enum(POSITIONS, { error: 'validation.position.unknown' });
