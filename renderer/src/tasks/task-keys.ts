/**
 * Keys on the task list, decided apart from React: ↑/↓ select, D done, S snooze, C cancel,
 * R reply. Never while an IME composes, never with a modifier (Ctrl+D is the browser's), and never
 * when focus is in a text field (typing "d" in a note is typing).
 */
import { isImeComposing, type KeyEventLike } from '../ui/ime';

export interface TaskKeyEvent extends KeyEventLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export type TaskKeyAction =
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'done' }
  | { kind: 'snooze' }
  | { kind: 'cancel' }
  | { kind: 'reply' };

export function taskKeyAction(event: TaskKeyEvent, inTextField: boolean): TaskKeyAction | null {
  if (isImeComposing(event) || inTextField) return null;
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'move', by: 1 };
    case 'ArrowUp':
      return { kind: 'move', by: -1 };
    case 'd':
    case 'D':
      return { kind: 'done' };
    case 's':
    case 'S':
      return { kind: 'snooze' };
    case 'c':
    case 'C':
      return { kind: 'cancel' };
    case 'r':
    case 'R':
      return { kind: 'reply' };
    default:
      return null;
  }
}

/** Inputs, textareas, selects and contenteditable take typed letters for themselves. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}
