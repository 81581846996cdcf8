/**
 * Settings as the contract sees them, derived from the drizzle tables so field types have one
 * source. Every message is an i18n key (see locales/*.json `validation.*`).
 */
import { z } from 'zod';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { agents, shops } from '../../../db/schema';
import { LANGUAGES, PROFILE_ROLES } from '../../../db/enums';
import {
  agentCodeRule,
  agentNameRule,
  courierRule,
  cutoffTimeRule,
  shopNameRule,
  thresholdFenRule,
  timeZoneRule,
} from '../../../common/settings/settings-rules';

export {
  AGENT_CODE_PATTERN,
  CUTOFF_TIME_PATTERN,
  MAX_THRESHOLD_FEN,
  isKnownTimeZone,
} from '../../../common/settings/settings-rules';

export const languageSchema = z.enum(LANGUAGES, { error: 'validation.language.unknown' });

// The field rules are common/'s, so the settings form checks exactly what the host checks.
const agentInsert = createInsertSchema(agents, {
  name: () => agentNameRule,
  agentCode: () => agentCodeRule,
});

export const agentProfileSchema = agentInsert
  .pick({ name: true, agentCode: true })
  .extend({ role: z.enum(PROFILE_ROLES, { error: 'validation.role.unknown' }) })
  .strict();

const shopInsert = createInsertSchema(shops, {
  name: () => shopNameRule,
  defaultCourier: () => courierRule,
  freeShippingThresholdFen: () => thresholdFenRule,
  cutoffTime: () => cutoffTimeRule,
  timeZone: () => timeZoneRule,
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
