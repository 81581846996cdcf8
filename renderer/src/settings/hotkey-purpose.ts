/**
 * Reads a hotkey's `purpose` (`panel`, `question`, `pinned-3`) so the UI can name it in the agent's
 * language.
 */
export type HotkeyPurpose =
  | { kind: 'panel' }
  | { kind: 'question' }
  | { kind: 'pinned'; number: number }
  | { kind: 'other'; name: string };

export function hotkeyPurpose(purpose: string): HotkeyPurpose {
  if (purpose === 'panel') return { kind: 'panel' };
  if (purpose === 'question') return { kind: 'question' };
  const pinned = /^pinned-(\d+)$/.exec(purpose);
  if (pinned) return { kind: 'pinned', number: Number(pinned[1]) };
  return { kind: 'other', name: purpose };
}
