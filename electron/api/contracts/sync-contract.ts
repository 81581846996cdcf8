/**
 * The desk's sync with the shop's server: status, a run now, sync issues, connect, disconnect, and
 * joining a shop at first run (the profile from the server).
 */
import { z } from 'zod';
import { settingsSchema } from '../../core/settings/settings-schema';
import { joinShopInputSchema } from '../../core/sync/join-shop';
import { syncConfigureInputSchema, syncIssueSchema, syncStatusSchema } from '../../core/sync/sync-schema';
import { method, noInput, type MethodSpec } from '../contract-kit';
import type { SYNC_METHODS } from './sync-methods';

export const syncContract = {
  'sync.status': method(noInput, syncStatusSchema),
  'sync.now': method(noInput, syncStatusSchema),
  'sync.issues': method(noInput, z.array(syncIssueSchema)),
  'sync.dismissIssue': method(
    z.object({ mutationId: z.number().int().positive() }).strict(),
    z.object({ dismissed: z.boolean() }),
  ),
  'sync.fixIssue': method(
    z.object({ mutationId: z.number().int().positive() }).strict(),
    z.object({ fields: z.array(z.string()) }),
  ),
  'sync.configure': method(syncConfigureInputSchema, syncStatusSchema),
  'sync.disconnect': method(noInput, syncStatusSchema),
  'sync.join': method(joinShopInputSchema, z.object({ settings: settingsSchema, status: syncStatusSchema })),
} satisfies Record<(typeof SYNC_METHODS)[number], MethodSpec>;
