/**
 * The sidebar, in the order agents work through their day, 今日 (the SOP checklist) first;
 * 退换货登记 lives under 订单 (a tab, `#/orders/returns`), where after-sales agents look for it.
 */
export const NAV_ITEMS = [
  { id: 'today', labelKey: 'nav.today', available: true },
  { id: 'tasks', labelKey: 'nav.tasks', available: true },
  { id: 'escalations', labelKey: 'nav.escalations', available: true },
  { id: 'orders', labelKey: 'nav.orders', available: true },
  { id: 'invoices', labelKey: 'nav.invoices', available: true },
  { id: 'customers', labelKey: 'nav.customers', available: true },
  { id: 'phrases', labelKey: 'nav.phrases', available: true },
  { id: 'reports', labelKey: 'nav.reports', available: true },
  { id: 'settings', labelKey: 'nav.settings', available: true },
] as const;

export type NavId = (typeof NAV_ITEMS)[number]['id'];
export type PageId = Extract<(typeof NAV_ITEMS)[number], { available: true }>['id'];

/** The page a main-window hash names (`#/phrases`, `#/orders/returns?day=…`); anything else opens Settings. */
export function pageOfHash(hash: string): PageId {
  const id = /^#\/([a-z]+)/.exec(hash)?.[1];
  const item = NAV_ITEMS.find((candidate) => candidate.id === id && candidate.available);
  return (item?.id as PageId | undefined) ?? 'settings';
}

/** What follows the page in a hash: `#/orders/returns?day=2026-11-24` → `['returns']` and `{day}`. */
export interface HashLocation {
  page: PageId;
  path: string[];
  params: URLSearchParams;
}

export function locationOfHash(hash: string): HashLocation {
  const [pathPart = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [, ...path] = pathPart.split('/').filter(Boolean);
  return { page: pageOfHash(hash), path: path.map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** `hashOf('customers', [], { id })` → `#/customers?id=…`; empty params are left out. */
export function hashOf(
  page: PageId,
  path: readonly string[] = [],
  params: Record<string, string> = {},
): string {
  const search = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString();
  const rest = path.map(encodeURIComponent).join('/');
  return `#/${page}${rest ? `/${rest}` : ''}${search ? `?${search}` : ''}`;
}
