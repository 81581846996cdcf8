/**
 * The console's pages and their hash routes (`#/team`). Hash routes need nothing from the server
 * but `/` itself, which is what kefu-server serves. Pure, so the parsing is tested.
 */
export const PAGES = ['team', 'daily', 'analysis', 'phrases', 'escalations', 'agents'] as const;
export type PageId = (typeof PAGES)[number];

export const DEFAULT_PAGE: PageId = 'team';

export const NAV_LABEL_KEYS: Record<PageId, string> = {
  team: 'console.nav.team',
  daily: 'console.nav.daily',
  analysis: 'console.nav.analysis',
  phrases: 'console.nav.phrases',
  escalations: 'console.nav.escalations',
  agents: 'console.nav.agents',
};

/** `#/daily?agent=KF007` → `daily`; anything unknown → the default page. */
export function pageOfHash(hash: string): PageId {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (PAGES as readonly string[]).includes(name) ? (name as PageId) : DEFAULT_PAGE;
}

/** The query after the page in the hash (`#/daily?agent=…&day=…`), for links into a page. */
export function hashParams(hash: string): URLSearchParams {
  const query = hash.indexOf('?');
  return new URLSearchParams(query === -1 ? '' : hash.slice(query + 1));
}

export function hashOf(page: PageId, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${page}${query ? `?${query}` : ''}`;
}
