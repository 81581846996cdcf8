/** The sidebar, in the order agents work through their day. Only Settings exists in this version. */
export const NAV_ITEMS = [
  { id: 'today', labelKey: 'nav.today', available: false },
  { id: 'tasks', labelKey: 'nav.tasks', available: false },
  { id: 'orders', labelKey: 'nav.orders', available: false },
  { id: 'customers', labelKey: 'nav.customers', available: false },
  { id: 'phrases', labelKey: 'nav.phrases', available: false },
  { id: 'reports', labelKey: 'nav.reports', available: false },
  { id: 'settings', labelKey: 'nav.settings', available: true },
] as const;

export type NavId = (typeof NAV_ITEMS)[number]['id'];
