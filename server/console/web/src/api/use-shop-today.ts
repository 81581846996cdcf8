/**
 * The shop's today and its agents, from 今日团队 (the server knows the shop's clock; this
 * browser's may differ): the default day of 日报 and 询单分析 and the agent picker's list.
 */
import { CONSOLE_PATHS, teamTodayResponseSchema } from '../../../console-api';
import { getJson } from './console-client';
import { useConsoleQuery } from './use-console-query';

export function useShopToday() {
  return useConsoleQuery('shop-today', () => getJson(CONSOLE_PATHS.teamToday, teamTodayResponseSchema));
}
