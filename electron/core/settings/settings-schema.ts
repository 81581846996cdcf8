/**
 * Settings as the contract sees them, derived from the drizzle tables so field types have one
 * source. Every message is an i18n key (see locales/*.json `validation.*`).
 */
import { z } from 'zod';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { agents, shops } from '../../../db/schema';
import { LANGUAGES, PROFILE_ROLES } from '../../../db/enums';

/** 工号: letters, digits, `-` or `_`, as printed on staff badges and in order remarks. */
export const AGENT_CODE_PATTERN = /^[A-Za-z0-9_-]{1,16}$/;
export const CUTOFF_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** ¥100,000 — no free-shipping threshold is higher than that. */
export const MAX_THRESHOLD_FEN = 10_000_000;

/** An IANA zone this runtime's ICU knows, so the host and the renderer read the shop's clock alike. */
export const isKnownTimeZone = (name: string): boolean => Intl.supportedValuesOf('timeZone').includes(name);

export const languageSchema = z.enum(LANGUAGES, { error: 'validation.language.unknown' });

const agentInsert = createInsertSchema(agents, {
  name: (s) => s.trim().min(1, 'validation.agentName.required').max(20, 'validation.agentName.tooLong'),
  agentCode: (s) => s.trim().regex(AGENT_CODE_PATTERN, 'validation.agentCode.format'),
});

export const agentProfileSchema = agentInsert
  .pick({ name: true, agentCode: true })
  .extend({ role: z.enum(PROFILE_ROLES, { error: 'validation.role.unknown' }) })
  .strict();

const shopInsert = createInsertSchema(shops, {
  name: (s) => s.trim().min(1, 'validation.shopName.required').max(40, 'validation.shopName.tooLong'),
  defaultCourier: (s) => s.trim().max(20, 'validation.courier.tooLong'),
  freeShippingThresholdFen: (s) =>
    s
      .int('validation.threshold.format')
      .min(0, 'validation.threshold.range')
      .max(MAX_THRESHOLD_FEN, 'validation.threshold.range'),
  cutoffTime: (s) => s.regex(CUTOFF_TIME_PATTERN, 'validation.cutoffTime.format'),
  timeZone: (s) => s.refine(isKnownTimeZone, 'validation.timeZone.unknown'),
});

/** The time zone may be left out (the CLI sets one key at a time): the stored one stays. */
export const shopSettingsSchema = shopInsert
  .pick({
    name: true,
    defaultCourier: true,
    freeShippingThresholdFen: true,
    cutoffTime: true,
    timeZone: true,
  })
  .required()
  .partial({ timeZone: true })
  .strict();

export const settingsInputSchema = z
  .object({ language: languageSchema, agent: agentProfileSchema, shop: shopSettingsSchema })
  .strict();

/**
 * What is stored, checked for shape only: a row written under older or synced rules must still
 * load, so the agent can see it and correct it.
 */
export const settingsSchema = z.object({
  language: z.enum(LANGUAGES),
  /** Null until first-run setup is done. */
  agent: createSelectSchema(agents)
    .pick({ name: true, agentCode: true })
    .extend({ role: z.enum(PROFILE_ROLES) })
    .nullable(),
  shop: createSelectSchema(shops)
    .pick({
      name: true,
      defaultCourier: true,
      freeShippingThresholdFen: true,
      cutoffTime: true,
      timeZone: true,
    })
    .nullable(),
});

export type SettingsInput = z.infer<typeof settingsInputSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type AgentProfile = z.infer<typeof agentProfileSchema>;
export type ShopSettings = z.infer<typeof shopSettingsSchema>;
