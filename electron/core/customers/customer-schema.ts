/**
 * Customer shapes for the contract, derived from the drizzle tables. Every message is an i18n key
 * (locales `validation.customer.*`).
 */
import { z } from 'zod';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { CONCERNS } from '../../../db/enums';
import { customers } from '../../../db/schema';

export const MAX_NICK_LENGTH = 64;
export const MAX_PHONES = 5;
export const MAX_ADDRESSES = 5;
export const MAX_CUSTOMER_TAGS = 10;

/** Separators people type inside phone numbers; stored numbers keep only digits, `+` and `*`. */
const PHONE_SEPARATORS = /[\s\-().]/g;
/**
 * Mobile, landline with area code or `+86…`; a `*` stands for digits the platform masks
 * (`138****8000`), which still match a search on the visible part.
 */
const PHONE_PATTERN = /^\+?\d[\d*]{3,18}\d$/;

const phoneSchema = z
  .string()
  .transform((text) => text.replace(PHONE_SEPARATORS, ''))
  .pipe(z.string().regex(PHONE_PATTERN, 'validation.customer.phone'));

const addressSchema = z
  .string()
  .trim()
  .min(1, 'validation.customer.addressEmpty')
  .max(200, 'validation.customer.addressTooLong');

const tagSchema = z
  .string()
  .trim()
  .min(1, 'validation.customer.tagEmpty')
  .max(20, 'validation.customer.tagTooLong');

/** A list typed twice over (the same phone in two fields) keeps one copy. */
const distinct = (list: string[]) => [...new Set(list)];

export const customerSchema = createSelectSchema(customers, {
  phones: z.array(z.string()),
  addresses: z.array(z.string()),
  // Stored rows may come from a newer app through sync; reading never rejects an unknown concern.
  concerns: z.array(z.string()),
  tags: z.array(z.string()),
}).pick({
  id: true,
  platform: true,
  nick: true,
  name: true,
  phones: true,
  addresses: true,
  customerType: true,
  concerns: true,
  tags: true,
  notes: true,
  lastContactAt: true,
  ownerId: true,
  updatedAt: true,
});

export const customerInputSchema = createInsertSchema(customers, {
  nick: (s) =>
    s
      .trim()
      .min(1, 'validation.customer.nickRequired')
      .max(MAX_NICK_LENGTH, 'validation.customer.nickTooLong'),
  name: (s) => s.trim().max(40, 'validation.customer.nameTooLong'),
  phones: z
    .array(phoneSchema)
    .max(MAX_PHONES, 'validation.customer.tooManyPhones')
    .transform(distinct)
    .default([]),
  addresses: z
    .array(addressSchema)
    .max(MAX_ADDRESSES, 'validation.customer.tooManyAddresses')
    .transform(distinct)
    .default([]),
  concerns: z.array(z.enum(CONCERNS)).transform(distinct).default([]),
  tags: z
    .array(tagSchema)
    .max(MAX_CUSTOMER_TAGS, 'validation.customer.tooManyTags')
    .transform(distinct)
    .default([]),
  notes: (s) => s.trim().max(2000, 'validation.customer.notesTooLong'),
})
  .pick({
    platform: true,
    nick: true,
    name: true,
    phones: true,
    addresses: true,
    customerType: true,
    concerns: true,
    tags: true,
    notes: true,
  })
  .extend({ id: z.uuid().optional() })
  .strict();

export const customerSearchHitSchema = z.object({
  customer: customerSchema,
  orderCount: z.number().int(),
  lastOrderAt: z.number().int().nullable(),
});

export type Customer = z.infer<typeof customerSchema>;
export type CustomerInput = z.output<typeof customerInputSchema>;
export type CustomerSearchHit = z.infer<typeof customerSearchHitSchema>;
