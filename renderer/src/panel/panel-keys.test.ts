import { describe, expect, it } from 'vitest';
import { panelKeyAction, type PanelKeyEvent } from './panel-keys';

const key = (k: string, extra: Partial<PanelKeyEvent> = {}): PanelKeyEvent => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  nativeEvent: { isComposing: false, keyCode: 0 },
  ...extra,
});
const composing = (k: string): PanelKeyEvent => key(k, { nativeEvent: { isComposing: true, keyCode: 229 } });

describe('panelKeyAction', () => {
  it('moves with the arrows from the search box', () => {
    expect(panelKeyAction(key('ArrowDown'), 'search')).toEqual({ kind: 'move', by: 1 });
    expect(panelKeyAction(key('ArrowUp'), 'search')).toEqual({ kind: 'move', by: -1 });
    expect(panelKeyAction(key('ArrowDown'), 'variables')).toBeNull();
  });

  it('pastes on Enter and copies on Ctrl/Cmd+Enter, from the search box and the variable form', () => {
    expect(panelKeyAction(key('Enter'), 'search')).toEqual({ kind: 'deliver', mode: 'paste' });
    expect(panelKeyAction(key('Enter'), 'variables')).toEqual({ kind: 'deliver', mode: 'paste' });
    expect(panelKeyAction(key('Enter', { ctrlKey: true }), 'search')).toEqual({
      kind: 'deliver',
      mode: 'copy',
    });
    expect(panelKeyAction(key('Enter', { metaKey: true }), 'variables')).toEqual({
      kind: 'deliver',
      mode: 'copy',
    });
    expect(panelKeyAction(key('Enter'), 'elsewhere')).toBeNull();
    expect(panelKeyAction(key('Enter', { shiftKey: true }), 'search')).toBeNull();
  });

  it('leaves Enter, arrows and Esc to the IME while it composes', () => {
    for (const k of ['Enter', 'ArrowDown', 'ArrowUp', 'Escape', 'Tab', '1']) {
      expect(panelKeyAction(composing(k), 'search')).toBeNull();
      expect(panelKeyAction(composing(k), 'variables', true)).toBeNull();
    }
    expect(panelKeyAction(key('Enter', { nativeEvent: { keyCode: 229 } }), 'search')).toBeNull();
  });

  it('picks row n with Alt+n by physical key, 1 to 9 only', () => {
    expect(panelKeyAction(key('3', { altKey: true, code: 'Digit3' }), 'search')).toEqual({
      kind: 'pick',
      index: 2,
    });
    expect(panelKeyAction(key('¡', { altKey: true, code: 'Digit1' }), 'search')).toEqual({
      kind: 'pick',
      index: 0,
    });
    expect(panelKeyAction(key('0', { altKey: true, code: 'Digit0' }), 'search')).toBeNull();
    expect(panelKeyAction(key('3', { code: 'Digit3' }), 'search')).toBeNull();
    expect(panelKeyAction(key('3', { altKey: true, ctrlKey: true, code: 'Digit3' }), 'search')).toBeNull();
  });

  it('hides on Esc from anywhere', () => {
    expect(panelKeyAction(key('Escape'), 'search')).toEqual({ kind: 'hide' });
    expect(panelKeyAction(key('Escape'), 'elsewhere')).toEqual({ kind: 'hide' });
  });

  it('Tab goes into the variable fields and Shift+Tab from the first one comes back', () => {
    expect(panelKeyAction(key('Tab'), 'search')).toEqual({ kind: 'toVariables' });
    expect(panelKeyAction(key('Tab', { shiftKey: true }), 'variables', true)).toEqual({ kind: 'toSearch' });
    expect(panelKeyAction(key('Tab', { shiftKey: true }), 'variables', false)).toBeNull();
    expect(panelKeyAction(key('Tab'), 'variables', true)).toBeNull();
  });

  it('opens 记录询单 on Ctrl/Cmd+I from anywhere, never while composing', () => {
    expect(panelKeyAction(key('i', { ctrlKey: true, code: 'KeyI' }), 'search')).toEqual({ kind: 'inquiry' });
    expect(panelKeyAction(key('I', { metaKey: true, code: 'KeyI' }), 'elsewhere')).toEqual({
      kind: 'inquiry',
    });
    expect(panelKeyAction(key('i', { code: 'KeyI' }), 'search')).toBeNull();
    expect(panelKeyAction(key('i', { ctrlKey: true, altKey: true, code: 'KeyI' }), 'search')).toBeNull();
    expect(
      panelKeyAction(key('i', { ctrlKey: true, code: 'KeyI', nativeEvent: { isComposing: true } }), 'search'),
    ).toBeNull();
  });

  it('opens 发票收集 on Ctrl/Cmd+Shift+I, whatever the layout gives as the key, never while composing', () => {
    expect(panelKeyAction(key('I', { ctrlKey: true, shiftKey: true, code: 'KeyI' }), 'search')).toEqual({
      kind: 'invoice',
    });
    expect(panelKeyAction(key('I', { metaKey: true, shiftKey: true, code: 'KeyI' }), 'elsewhere')).toEqual({
      kind: 'invoice',
    });
    expect(panelKeyAction(key('I', { shiftKey: true, code: 'KeyI' }), 'search')).toBeNull();
    expect(
      panelKeyAction(
        key('I', { ctrlKey: true, shiftKey: true, code: 'KeyI', nativeEvent: { keyCode: 229 } }),
        'search',
      ),
    ).toBeNull();
  });
});
