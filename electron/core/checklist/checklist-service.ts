/** The daily checklist (feature 8): the supervisor's template, the agent's day, anchor reminders. */
import type { Language } from '../../../db/enums';
import type { KefuDb } from '../../../db/open-database';
import type { Clock } from '../clock';
import { createTranslator } from '../i18n/translator';
import type { Notifier } from '../platform/notifier';
import type { SettingsService } from '../settings/settings-service';
import type { Translate } from '../tasks/task-reminders';
import { createAnchorReminders } from './checklist-anchor-reminders';
import { createChecklistDay } from './checklist-day';
import { seedDefaultChecklist } from './checklist-seed';
import { createChecklistTemplate } from './checklist-template';

export interface ChecklistServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  settings: Pick<SettingsService, 'identity' | 'get' | 'shopRow' | 'position'>;
  notifier: Notifier;
  overdueTasks: () => number;
}

const DEFAULT_SHOP_CLOCK = { cutoffTime: '16:00', timeZone: 'Asia/Shanghai' };

export function createChecklistService({
  db,
  clock,
  newId,
  settings,
  notifier,
  overdueTasks,
}: ChecklistServiceDeps) {
  const identity = settings.identity;
  const shopClock = () => settings.shopRow() ?? DEFAULT_SHOP_CLOCK;
  const timeZone = () => shopClock().timeZone;
  const template = createChecklistTemplate({ db, clock, newId, identity });
  const position = () => settings.position();
  const cutoffTime = () => shopClock().cutoffTime;
  const days = createChecklistDay({
    db,
    clock,
    newId,
    identity,
    timeZone,
    overdueTasks,
    position,
    cutoffTime,
  });
  const anchors = createAnchorReminders({ db, notifier, timeZone, position, cutoffTime });

  /** Idempotent; the core runs it whenever the shop may just have been set up. */
  function ensureDefaultTemplate(): void {
    const who = identity();
    if (!who) return;
    seedDefaultChecklist(db, who, {
      language: settings.get().language,
      cutoffTime: shopClock().cutoffTime,
      at: clock.now(),
      newId,
    });
  }

  let translator: { language: Language; t: Translate } | null = null;
  function translate(language: Language): Translate {
    if (translator?.language !== language) {
      const { t } = createTranslator(language);
      translator = { language, t: (key, params) => t(key, params ?? {}) };
    }
    return translator.t;
  }

  /** The minute timer's part: anchor-time reminders for the signed-in agent. */
  function tick(now = clock.now()): number {
    const who = identity();
    if (!who) return 0;
    const { language } = settings.get();
    return anchors.remind(who, now, language, translate(language));
  }

  return {
    template: template.template,
    saveStep: template.saveStep,
    removeStep: template.removeStep,
    reorder: template.reorder,
    today: days.today,
    check: days.check,
    uncheck: days.uncheck,
    ensureDefaultTemplate,
    tick,
  };
}

export type ChecklistService = ReturnType<typeof createChecklistService>;
