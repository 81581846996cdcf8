/**
 * What 今日 says when nothing is left over: there was no earlier day (day one), the earlier day
 * was yesterday, or it was longer ago (a weekend off). Days are the shop's `YYYY-MM-DD`.
 */
export type LeftoverNote = { kind: 'firstDay' } | { kind: 'yesterday' } | { kind: 'since'; day: string };

export function leftoverNote(day: string, previousDay: string | null): LeftoverNote {
  if (previousDay === null) return { kind: 'firstDay' };
  const yesterday = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return previousDay === yesterday ? { kind: 'yesterday' } : { kind: 'since', day: previousDay };
}
