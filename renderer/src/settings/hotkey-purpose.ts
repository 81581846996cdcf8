/** Reads a hotkey's `purpose` (`panel`, `pinned-3`) so the UI can name it in the agent's language. */
export type HotkeyPurpose =
  { kind: 'panel' } | { kind: 'pinned'; number: number } | { kind: 'other'; name: string };

export function hotkeyPurpose(purpose: string): HotkeyPurpose {
  if (purpose === 'panel') return { kind: 'panel' };
  const pinned = /^pinned-(\d+)$/.exec(purpose);
  if (pinned) return { kind: 'pinned', number: Number(pinned[1]) };
  return { kind: 'other', name: purpose };
}
