import { describe, expect, it, vi } from 'vitest';
import { PANEL_HOTKEY_PURPOSE } from '../core/platform/hotkey-defaults';
import { refusedHotkeys, registerHotkeys, type HotkeyRegistrar } from './hotkey-registration';

const fakeRegistrar = (behaviour: Record<string, boolean | Error>) => {
  const callbacks = new Map<string, () => void>();
  const registrar: HotkeyRegistrar = {
    register: vi.fn((accelerator: string, callback: () => void) => {
      const outcome = behaviour[accelerator] ?? true;
      if (outcome instanceof Error) throw outcome;
      if (outcome) callbacks.set(accelerator, callback);
      return outcome;
    }),
  };
  return { registrar, callbacks };
};

describe('registerHotkeys', () => {
  it('reports a registered hotkey and wires its callback', () => {
    const { registrar, callbacks } = fakeRegistrar({});
    const onPress = vi.fn();
    const result = registerHotkeys(registrar, [
      { purpose: PANEL_HOTKEY_PURPOSE, accelerator: 'Alt+Space', onPress },
    ]);
    expect(result).toEqual([{ purpose: 'panel', accelerator: 'Alt+Space', state: 'registered' }]);
    callbacks.get('Alt+Space')?.();
    expect(onPress).toHaveBeenCalledOnce();
  });

  it('reports a hotkey the OS refuses', () => {
    const { registrar } = fakeRegistrar({ 'Alt+Space': false });
    const result = registerHotkeys(registrar, [
      { purpose: 'panel', accelerator: 'Alt+Space', onPress: () => {} },
    ]);
    expect(result).toEqual([{ purpose: 'panel', accelerator: 'Alt+Space', state: 'refused' }]);
    expect(refusedHotkeys(result)).toEqual(result);
  });

  it('reports a malformed accelerator that makes register throw as refused', () => {
    const { registrar } = fakeRegistrar({ 'Alt+Nope': new TypeError('Error processing argument') });
    const result = registerHotkeys(registrar, [
      { purpose: 'panel', accelerator: 'Alt+Nope', onPress: () => {} },
    ]);
    expect(result).toEqual([{ purpose: 'panel', accelerator: 'Alt+Nope', state: 'refused' }]);
  });

  it('keeps going after a refusal and reports each binding in order', () => {
    const { registrar } = fakeRegistrar({ 'Ctrl+Alt+1': false, 'Ctrl+Alt+2': new Error('bad') });
    const bindings = ['Alt+Space', 'Ctrl+Alt+1', 'Ctrl+Alt+2', 'Ctrl+Alt+3'].map((accelerator, i) => ({
      purpose: i === 0 ? 'panel' : `pinned-${i}`,
      accelerator,
      onPress: () => {},
    }));
    const result = registerHotkeys(registrar, bindings);
    expect(result.map((r) => r.state)).toEqual(['registered', 'refused', 'refused', 'registered']);
    expect(refusedHotkeys(result).map((r) => r.purpose)).toEqual(['pinned-1', 'pinned-2']);
    expect(registrar.register).toHaveBeenCalledTimes(4);
  });
});
