/**
 * What a `#/panel?q=催付&buyer=…&order=…` link asks of the panel: the task list's quick reply opens
 * the panel searching the task's phrases, for its buyer and order. In Electron the panel is its
 * own window; the main window then shows this same route (the documented fallback), and `back=1`
 * makes Esc return to the page that opened it instead of hiding the panel window.
 */
export interface PanelRequest {
  query: string | null;
  buyerNick: string | null;
  orderNo: string | null;
  /** Opened from a main-window page: Esc goes back there. */
  back: boolean;
}

export function panelRequestOfHash(hash: string): PanelRequest {
  const search = hash.startsWith('#/panel?') ? hash.slice('#/panel?'.length) : '';
  const params = new URLSearchParams(search);
  return {
    query: params.get('q'),
    buyerNick: params.get('buyer'),
    orderNo: params.get('order'),
    back: params.get('back') === '1',
  };
}

/** The panel as a page of the main window (the sidebar's entry): Esc and 返回 come back. */
export const PANEL_PAGE_HASH = '#/panel?back=1';
