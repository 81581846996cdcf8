/**
 * The phrase packs a new shop starts with, one per UI language: every situation of a 客服 day
 * (DESIGN.md feature 2 and the follow-up tasks) has a ready reply, so the panel is useful before
 * the supervisor has written a single script. Each pack lives in its own file under packs/.
 */
import type { Language } from '../../../db/enums';
import { EN_US_PACK } from './packs/en-US';
import { ZH_CN_PACK } from './packs/zh-CN';

import type { PackGroup } from './packs/pack-types';

export const DEFAULT_PHRASE_PACKS: Record<Language, PackGroup[]> = {
  'zh-CN': ZH_CN_PACK,
  'en-US': EN_US_PACK,
};
