/** A range of the shop's days a page looks at: `preset` on the shop's today until one is chosen. */
import { useState } from 'react';
import { presetRange, type DayRange, type RangePreset } from '../ui/range-presets';
import { useShopToday } from './use-shop-today';

export function useShopRange(preset: RangePreset) {
  const shop = useShopToday();
  const [chosen, setChosen] = useState<DayRange | null>(null);
  const today = shop.data?.day ?? null;
  const range = chosen ?? (today ? presetRange(preset, today) : null);
  return { shop, today, range, setRange: setChosen };
}

export type ShopRange = ReturnType<typeof useShopRange>;
