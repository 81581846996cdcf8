import { describe, expect, it, vi } from 'vitest';
import { trayMenuTemplate } from './tray-menu';

describe('trayMenuTemplate', () => {
  const actions = { openMain: vi.fn(), openPanel: vi.fn(), quit: vi.fn() };
  const template = trayMenuTemplate((key) => `«${key}»`, actions);

  it('offers open, reply panel and quit, labelled through i18n keys', () => {
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      '«shell.tray.open»',
      '«shell.tray.panel»',
      'separator',
      '«shell.tray.quit»',
    ]);
  });

  it('wires each item to its action', () => {
    const click = (id: string) =>
      (template.find((item) => item.id === id)?.click as (() => void) | undefined)?.();
    click('open');
    click('panel');
    click('quit');
    expect(actions.openMain).toHaveBeenCalledOnce();
    expect(actions.openPanel).toHaveBeenCalledOnce();
    expect(actions.quit).toHaveBeenCalledOnce();
  });
});
