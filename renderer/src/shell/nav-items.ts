/** The sidebar, in the order agents work through their day. 短语库 and Settings exist in this version. */
export const NAV_ITEMS = [
  { id: 'today', labelKey: 'nav.today', available: false },
  { id: 'tasks', labelKey: 'nav.tasks', available: false },
  { id: 'orders', labelKey: 'nav.orders', available: false },
  { id: 'customers', labelKey: 'nav.customers', available: false },
  { id: 'phrases', labelKey: 'nav.phrases', available: true },
  { id: 'reports', labelKey: 'nav.reports', available: false },
  { id: 'settings', labelKey: 'nav.settings', available: true },
] as const;

export type NavId = (typeof NAV_ITEMS)[number]['id'];
export type PageId = Extract<(typeof NAV_ITEMS)[number], { available: true }>['id'];

/** The page a main-window hash names (`#/phrases`); anything else opens Settings. */
export function pageOfHash(hash: string): PageId {
  const id = /^#\/([a-z]+)/.exec(hash)?.[1];
  const item = NAV_ITEMS.find((candidate) => candidate.id === id && candidate.available);
  return (item?.id as PageId | undefined) ?? 'settings';
}
