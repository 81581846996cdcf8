/**
 * Joining a shop at first run (`kefu join`, the first-run screen's 加入店铺): instead of typing a
 * profile, the desk takes its agent (工号, name, role) and shop name from the server's answer to
 * the token (whoami), so its identity cannot disagree with the token; then it binds and syncs
 * once. It is the first-run form's setup followed by Settings → 同步 → 连接, with the server
 * filling in the form: the default phrase pack is loaded the same way (the server merges it by
 * natural ids; an agent's copy stays local, the team's library arrives with the sync).
 *
 * The shop's other settings are the desk's own (the server keeps none): given, or the first-run
 * defaults, and no free-shipping threshold (0: {包邮门槛} is asked for at paste time until
 * Settings has one).
 */
import { z } from 'zod';
import type { WhoAmI } from '../../../common/sync/protocol';
import { FIRST_RUN_DEFAULTS } from '../../../common/settings/first-run-defaults';
import type { Language } from '../../../db/enums';
import { AppError } from '../app-error';
import type { Identity } from '../settings/settings-service';
import {
  languageSchema,
  shopSettingsSchema,
  type Settings,
  type SettingsInput,
} from '../settings/settings-schema';
import { syncConfigureInputSchema, type SyncStatus } from './sync-schema';

export const joinShopInputSchema = syncConfigureInputSchema
  .extend({
    /** The desk's language; the stored one (or the default) when left out. */
    language: languageSchema.optional(),
    shop: shopSettingsSchema.omit({ name: true }).partial().strict().optional(),
  })
  .strict();

export type JoinShopInput = z.infer<typeof joinShopInputSchema>;

export interface ShopJoinDeps {
  identity: () => Identity | null;
  settings: () => Settings;
  /** First-run setup's save: the profile and shop, then the default library where there is none. */
  save: (input: SettingsInput) => Settings;
  identify: (server: { serverUrl: string; token: string }) => Promise<WhoAmI>;
  bind: (server: { serverUrl: string; token: string }, who: WhoAmI) => Promise<unknown>;
  run: () => Promise<{ status: SyncStatus }>;
}

export function createShopJoin(deps: ShopJoinDeps) {
  return async function join(input: JoinShopInput): Promise<{ settings: Settings; status: SyncStatus }> {
    // A desk that has a profile connects in Settings → 同步 (or `kefu sync --server --token`).
    if (deps.identity()) throw new AppError('conflict', 'errors.join.alreadySetUp');
    const server = { serverUrl: input.serverUrl, token: input.token };
    // Asked before anything is written: a wrong address or token leaves the desk as it was.
    const who = await deps.identify(server);
    const language: Language = input.language ?? deps.settings().language;
    deps.save({
      language,
      agent: {
        name: who.agentName,
        agentCode: who.agentCode,
        // A server admin working at a desk acts with a supervisor's rights (settings-service.ts).
        role: who.role === 'agent' ? 'agent' : 'supervisor',
      },
      shop: {
        name: who.shopName,
        defaultCourier: FIRST_RUN_DEFAULTS.defaultCourier,
        freeShippingThresholdFen: 0,
        cutoffTime: FIRST_RUN_DEFAULTS.cutoffTime,
        timeZone: FIRST_RUN_DEFAULTS.timeZone,
        ...input.shop,
      },
    });
    await deps.bind(server, who);
    const { status } = await deps.run();
    return { settings: deps.settings(), status };
  };
}
