/**
 * A rule task whose cause is gone is cancelled with the reason as an i18n key
 * (`tasks.autoClose.*`) on the last line of its note, under whatever the agent wrote, so the UI
 * can show the reason in the current language and the agent's own words are never lost. The
 * key also marks the task as closed by a rule: only such tasks reopen when the cause returns.
 */

const AUTO_CLOSE_LINE = /^tasks\.autoClose\.[A-Za-z]+$/;

export function splitNote(note: string): { note: string; autoCloseKey: string | null } {
  const lines = note.split('\n');
  const last = lines.at(-1) ?? '';
  if (!AUTO_CLOSE_LINE.test(last)) return { note, autoCloseKey: null };
  return { note: lines.slice(0, -1).join('\n'), autoCloseKey: last };
}

export function withAutoClose(note: string, key: string): string {
  const { note: own } = splitNote(note);
  return own === '' ? key : `${own}\n${key}`;
}

export const withoutAutoClose = (note: string): string => splitNote(note).note;

export const isAutoClosed = (note: string): boolean => splitNote(note).autoCloseKey !== null;
