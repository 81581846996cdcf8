/**
 * The days a supervisor marked with what changed (改了详情页), kept in this browser: the API
 * compares before/after around a day and stores no notes, so the note stays where it was typed.
 */
export interface MarkedDay {
  day: string;
  note: string;
}

const STORAGE_KEY = 'kefu-console-marked-days';
const MAX_NOTE = 60;

export function readMarkedDays(): MarkedDay[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(stored)) return [];
    return stored.filter(
      (item): item is MarkedDay =>
        typeof item === 'object' &&
        item !== null &&
        typeof item.day === 'string' &&
        typeof item.note === 'string',
    );
  } catch {
    return [];
  }
}

/** Adds or replaces the day's note; newest day first. */
export function withMarkedDay(list: readonly MarkedDay[], day: string, note: string): MarkedDay[] {
  const entry = { day, note: note.trim().slice(0, MAX_NOTE) };
  return [entry, ...list.filter((item) => item.day !== day)].sort((a, b) => (a.day < b.day ? 1 : -1));
}

export function saveMarkedDays(list: readonly MarkedDay[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Not kept past this visit; the comparison still shows.
  }
}
