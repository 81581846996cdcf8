/**
 * Agent profile, shop settings and language. The agent and shop are rows (they sync later);
 * which of them this install works as, and the language, are install-local settings.
 */
import { eq } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { agents, settings, shops } from '../../../db/schema';
import type { Language } from '../../../db/enums';
import type { Clock } from '../clock';
import type { Settings, SettingsInput } from './settings-schema';
import { DEFAULT_HOTKEYS, type HotkeySettings } from './hotkey-settings';
import { storedHotkeys } from './stored-hotkeys';
import { DEFAULT_STARTUP, startupSettingsSchema, type StartupSettings } from './startup-settings';
import type { Position } from '../../../common/positions';
import { POSITION_SETTING, storedPosition } from './position-setting';

const KEY_LANGUAGE = 'language';
const KEY_AGENT_ID = 'currentAgentId';
const KEY_SHOP_ID = 'currentShopId';
const KEY_HOTKEYS = 'hotkeys';
const KEY_STARTUP = 'startup';
const DEFAULT_LANGUAGE: Language = 'zh-CN';

export interface SettingsServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
}

export function createSettingsService({ db, clock, newId }: SettingsServiceDeps) {
  type Tx = Parameters<Parameters<KefuDb['transaction']>[0]>[0];

  const readValue = (tx: Tx | KefuDb, key: string): unknown =>
    tx.select().from(settings).where(eq(settings.key, key)).get()?.value;

  const writeValue = (tx: Tx, key: string, value: unknown, at: number): void => {
    tx.insert(settings)
      .values({ key, value, updatedAt: at })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
      .run();
  };

  function get(): Settings {
    const language = (readValue(db, KEY_LANGUAGE) as Language | undefined) ?? DEFAULT_LANGUAGE;
    const agentId = readValue(db, KEY_AGENT_ID) as string | undefined;
    const shopId = readValue(db, KEY_SHOP_ID) as string | undefined;
    const agent = agentId ? db.select().from(agents).where(eq(agents.id, agentId)).get() : undefined;
    const shop = shopId ? db.select().from(shops).where(eq(shops.id, shopId)).get() : undefined;
    return {
      language,
      // A server admin working at a desk acts with a supervisor's rights.
      agent: agent
        ? {
            name: agent.name,
            agentCode: agent.agentCode,
            role: agent.role === 'agent' ? 'agent' : 'supervisor',
          }
        : null,
      shop: shop
        ? {
            name: shop.name,
            defaultCourier: shop.defaultCourier,
            freeShippingThresholdFen: shop.freeShippingThresholdFen,
            cutoffTime: shop.cutoffTime,
            timeZone: shop.timeZone,
          }
        : null,
    };
  }

  /**
   * Read-then-write transactions take the write lock up front: a deferred one that read first
   * fails with SQLITE_BUSY when the CLI (or another window) wrote meanwhile, instead of waiting
   * on busy_timeout like this one does.
   */
  function writeTransaction<T>(fn: (tx: Tx) => T): T {
    return db.transaction(fn, { behavior: 'immediate' });
  }

  /**
   * First-run setup and every later save: one transaction, so a crash leaves old or new, never
   * half. A stored id whose row is gone (restored backup, hand-edited file) gets a new row, so a
   * save is never silently dropped.
   */
  function save(input: SettingsInput): Settings {
    const at = clock.now();
    writeTransaction((tx) => {
      const storedShopId = readValue(tx, KEY_SHOP_ID) as string | undefined;
      const shopUpdated =
        storedShopId !== undefined &&
        tx
          .update(shops)
          .set({ ...input.shop, updatedAt: at })
          .where(eq(shops.id, storedShopId))
          .run().changes > 0;
      const shopId = shopUpdated ? storedShopId : newId();
      if (!shopUpdated) {
        tx.insert(shops)
          .values({ id: shopId, shopId, createdAt: at, updatedAt: at, ...input.shop })
          .run();
        writeValue(tx, KEY_SHOP_ID, shopId, at);
      }
      const agentId = readValue(tx, KEY_AGENT_ID) as string | undefined;
      const agentUpdated =
        agentId !== undefined &&
        tx
          .update(agents)
          // An agent whose shop had to be created anew moves to it with the profile.
          .set({ ...input.agent, ...(shopUpdated ? {} : { shopId }), updatedAt: at })
          .where(eq(agents.id, agentId))
          .run().changes > 0;
      if (!agentUpdated) {
        const id = newId();
        tx.insert(agents)
          .values({
            id,
            shopId,
            ownerId: id,
            scope: 'personal',
            createdAt: at,
            updatedAt: at,
            ...input.agent,
          })
          .run();
        writeValue(tx, KEY_AGENT_ID, id, at);
      }
      writeValue(tx, KEY_LANGUAGE, input.language, at);
    });
    return get();
  }

  /** Who this install works as; null until first-run setup. Services check permissions with it. */
  function identity(): Identity | null {
    const agentId = readValue(db, KEY_AGENT_ID) as string | undefined;
    const agent = agentId ? db.select().from(agents).where(eq(agents.id, agentId)).get() : undefined;
    if (!agent) return null;
    return {
      agentId: agent.id,
      shopId: agent.shopId,
      role: agent.role,
      agentCode: agent.agentCode,
      name: agent.name,
    };
  }

  function shopRow() {
    const shopId = readValue(db, KEY_SHOP_ID) as string | undefined;
    return shopId ? db.select().from(shops).where(eq(shops.id, shopId)).get() : undefined;
  }

  /** Stored hotkeys (an older app's gain the keys added since), or the defaults when none were saved. */
  function hotkeys(): HotkeySettings {
    return storedHotkeys(readValue(db, KEY_HOTKEYS), DEFAULT_HOTKEYS);
  }

  function saveHotkeys(next: HotkeySettings): HotkeySettings {
    writeTransaction((tx) => writeValue(tx, KEY_HOTKEYS, next, clock.now()));
    return hotkeys();
  }

  function startup(): StartupSettings {
    const stored = startupSettingsSchema.safeParse(readValue(db, KEY_STARTUP));
    return stored.success ? stored.data : DEFAULT_STARTUP;
  }

  function saveStartup(next: StartupSettings): StartupSettings {
    writeTransaction((tx) => writeValue(tx, KEY_STARTUP, next, clock.now()));
    return startup();
  }

  /** 岗位; null until chosen (setup, Settings) or given by the server at binding. */
  function position(): Position | null {
    return storedPosition(readValue(db, POSITION_SETTING));
  }

  /** Sets (or, with null, clears) the position; a bound desk's is overwritten by the next binding. */
  function setPosition(next: Position | null): Position | null {
    writeTransaction((tx) => {
      if (next === null) tx.delete(settings).where(eq(settings.key, POSITION_SETTING)).run();
      else writeValue(tx, POSITION_SETTING, next, clock.now());
    });
    return position();
  }

  function setLanguage(language: Language): Settings {
    writeTransaction((tx) => writeValue(tx, KEY_LANGUAGE, language, clock.now()));
    return get();
  }

  return {
    get,
    save,
    setLanguage,
    identity,
    shopRow,
    hotkeys,
    saveHotkeys,
    startup,
    saveStartup,
    position,
    setPosition,
  };
}

export interface Identity {
  agentId: string;
  shopId: string;
  role: 'agent' | 'supervisor' | 'admin';
  agentCode: string;
  name: string;
}

export type SettingsService = ReturnType<typeof createSettingsService>;
