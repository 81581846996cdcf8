/**
 * While a Chinese IME is composing, Enter picks the candidate and Esc cancels the composition:
 * those keys belong to the IME, never to us. Chromium reports composition keys either with
 * `isComposing` or, on some platforms and IMEs, only as keyCode 229.
 */
export interface KeyEventLike {
  nativeEvent: { isComposing?: boolean; keyCode?: number };
}

export function isImeComposing(event: KeyEventLike): boolean {
  return event.nativeEvent.isComposing === true || event.nativeEvent.keyCode === 229;
}
