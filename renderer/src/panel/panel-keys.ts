/**
 * What a key press in the reply panel means, decided apart from React so every rule (above all:
 * the IME owns Enter, arrows and Esc while composing) is tested. `where` says which control has
 * focus: arrows and Alt+digit act on the list only from the search box, where the agent is looking.
 */
import { isImeComposing, type KeyEventLike } from '../ui/ime';

export interface PanelKeyEvent extends KeyEventLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export type PanelKeyWhere = 'search' | 'variables' | 'elsewhere';

export type PanelKeyAction =
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'deliver'; mode: 'paste' | 'copy' }
  | { kind: 'pick'; index: number }
  | { kind: 'hide' }
  | { kind: 'toVariables' }
  | { kind: 'toSearch' }
  | { kind: 'inquiry' }
  | { kind: 'invoice' };

/** Alt+1…9 by physical key: on macOS Option+digit types a symbol, so `key` alone is unreliable. */
function pickedDigit(event: PanelKeyEvent): number | null {
  const fromCode = /^(?:Digit|Numpad)([1-9])$/.exec(event.code ?? '');
  const digit = fromCode?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : null);
  return digit === null ? null : Number(digit);
}

export function panelKeyAction(
  event: PanelKeyEvent,
  where: PanelKeyWhere,
  firstVariableFocused = false,
): PanelKeyAction | null {
  if (isImeComposing(event)) return null;
  const commandKey = event.ctrlKey || event.metaKey;
  if (event.key === 'Escape') return { kind: 'hide' };
  // Ctrl/⌘+I: 记录询单 for the buyer in the context line, and with Shift 发票收集 for its order;
  // by physical key, so any layout works.
  if (commandKey && !event.altKey && (event.code === 'KeyI' || event.key.toLowerCase() === 'i'))
    return { kind: event.shiftKey ? 'invoice' : 'inquiry' };
  if (event.key === 'Enter' && where !== 'elsewhere' && !event.altKey && !event.shiftKey) {
    return { kind: 'deliver', mode: commandKey ? 'copy' : 'paste' };
  }
  if (where === 'search') {
    if (event.key === 'ArrowDown' && !commandKey) return { kind: 'move', by: 1 };
    if (event.key === 'ArrowUp' && !commandKey) return { kind: 'move', by: -1 };
    if (event.altKey && !commandKey && !event.shiftKey) {
      const digit = pickedDigit(event);
      if (digit !== null) return { kind: 'pick', index: digit - 1 };
    }
    if (event.key === 'Tab' && !event.shiftKey && !commandKey && !event.altKey)
      return { kind: 'toVariables' };
  }
  if (where === 'variables' && firstVariableFocused && event.key === 'Tab' && event.shiftKey) {
    return { kind: 'toSearch' };
  }
  return null;
}
