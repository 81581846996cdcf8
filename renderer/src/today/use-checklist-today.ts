/**
 * The agent's day (`checklist.today`), reloaded every minute so the live counts follow the work,
 * and replaced by what check / uncheck answer (they return the whole day).
 */
import type { MethodOutput } from '../../../electron/api/contract';
import type { KefuClient } from '../../../electron/api/kefu-client';
import { useMinutelyLoad } from '../api/use-minutely-load';

export type ChecklistToday = MethodOutput<'checklist.today'>;

const load = (kefu: KefuClient) => kefu.checklist.today({});

export const useChecklistToday = () => useMinutelyLoad(load);
