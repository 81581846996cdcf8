/** The variable picker inserts `{买家昵称}` where the caret is, replacing any selection. */
export function insertAtCursor(
  value: string,
  selectionStart: number,
  selectionEnd: number,
  inserted: string,
): { value: string; caret: number } {
  const start = Math.max(0, Math.min(selectionStart, value.length));
  const end = Math.max(start, Math.min(selectionEnd, value.length));
  return { value: value.slice(0, start) + inserted + value.slice(end), caret: start + inserted.length };
}
