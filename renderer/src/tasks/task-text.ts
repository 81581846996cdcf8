/**
 * What a task reads as: a rule task's title is an i18n key rendered with its order number and buyer
 * in the UI's language; a manual task's title is the agent's own text.
 */
import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n';

export interface TitledTask {
  title: string;
  titleKey: string | null;
  titleParams: { orderNo: string; buyerNick: string };
}

export function taskTitle(t: TFunction, task: TitledTask): string {
  if (task.titleKey && i18n.exists(task.titleKey)) return t(task.titleKey, { replace: task.titleParams });
  return task.title;
}

/** A stored title without its parameters (the customer page's task list): the key's kind reads fine. */
export function bareTaskTitle(t: TFunction, title: string, kindLabel: string): string {
  return i18n.exists(title) ? kindLabel : title;
}

/**
 * `#/panel?q=催付&buyer=…&order=…&back=1`: the panel opens searching the task's phrases, for its
 * buyer; Esc comes back to the task list. (In Electron the panel is a separate window that a page
 * cannot open; the main window shows the panel route instead — the documented fallback.)
 */
export function replyHash(query: string, buyerNick: string | null, orderNo: string | null): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (buyerNick) params.set('buyer', buyerNick);
  if (orderNo) params.set('order', orderNo);
  params.set('back', '1');
  return `#/panel?${params.toString()}`;
}
