/**
 * Today's morning briefing (`briefings.today`), reloaded every minute so a briefing the
 * supervisor publishes (and sync brings) appears without leaving 今日; replaced by what save and
 * acknowledge answer.
 */
import type { MethodOutput } from '../../../electron/api/contract';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { useMinutelyLoad } from '../api/use-minutely-load';

export type BriefingToday = MethodOutput<'briefings.today'>;
export type Briefing = NonNullable<BriefingToday['briefing']>;

const load = (kefu: KefuClient) => kefu.briefings.today({});

export const useBriefingToday = () => useMinutelyLoad(load);
