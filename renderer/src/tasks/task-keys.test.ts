import { describe, expect, it } from 'vitest';
import { taskKeyAction, type TaskKeyEvent } from './task-keys';

const key = (k: string, extra: Partial<TaskKeyEvent> = {}): TaskKeyEvent => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  nativeEvent: {},
  ...extra,
});

describe('taskKeyAction', () => {
  it('maps arrows, D, S, C and R', () => {
    expect(taskKeyAction(key('ArrowDown'), false)).toEqual({ kind: 'move', by: 1 });
    expect(taskKeyAction(key('ArrowUp'), false)).toEqual({ kind: 'move', by: -1 });
    expect(taskKeyAction(key('d'), false)).toEqual({ kind: 'done' });
    expect(taskKeyAction(key('S'), false)).toEqual({ kind: 'snooze' });
    expect(taskKeyAction(key('c'), false)).toEqual({ kind: 'cancel' });
    expect(taskKeyAction(key('r'), false)).toEqual({ kind: 'reply' });
    expect(taskKeyAction(key('x'), false)).toBeNull();
  });

  it('leaves keys to the IME, to modifiers and to text fields', () => {
    expect(taskKeyAction(key('d', { nativeEvent: { isComposing: true } }), false)).toBeNull();
    expect(taskKeyAction(key('d', { nativeEvent: { keyCode: 229 } }), false)).toBeNull();
    expect(taskKeyAction(key('d', { ctrlKey: true }), false)).toBeNull();
    expect(taskKeyAction(key('d'), true)).toBeNull();
    expect(taskKeyAction(key('ArrowDown'), true)).toBeNull();
  });
});
