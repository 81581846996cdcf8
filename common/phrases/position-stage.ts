/**
 * The reply panel's default stage by 岗位: with nothing typed, the phrases of the agent's stage
 * come first — 售前 the 售前 phrases, 售后 the 售后 ones, 订单专员 售中 (orders, addresses, shipping
 * and logistics). No position, no preference: the library's own order.
 */
import type { Position } from '../positions';

export type PhraseStage = 'presale' | 'insale' | 'aftersale' | 'general';

const PANEL_STAGE: Readonly<Record<Position, PhraseStage>> = {
  presale: 'presale',
  aftersale: 'aftersale',
  orderDesk: 'insale',
};

export const panelStageFor = (position: Position | null): PhraseStage | null =>
  position === null ? null : PANEL_STAGE[position];

/** `items` with those of `stage` first, each part in its own order (frecency, then library order). */
export function stageFirst<T>(
  items: readonly T[],
  stage: PhraseStage | null,
  stageOf: (item: T) => string,
): T[] {
  if (stage === null) return [...items];
  const first: T[] = [];
  const rest: T[] = [];
  for (const item of items) (stageOf(item) === stage ? first : rest).push(item);
  return [...first, ...rest];
}
