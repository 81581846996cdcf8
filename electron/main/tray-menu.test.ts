import { describe, expect, it, vi } from 'vitest';
import { trayMenuTemplate } from './tray-menu';

describe('trayMenuTemplate', () => {
  const actions = {
    openMain: vi.fn(),
    openPanel: vi.fn(),
    openTasks: vi.fn(),
    syncNow: vi.fn(),
    quit: vi.fn(),
  };
  const tasks = { count: 3, menuLabel: '待办 3 项（逾期 1）', tooltip: '', title: '3' };
  const template = trayMenuTemplate((key) => `«${key}»`, actions, tasks);

  it('offers the task count, open, reply panel and quit, labelled through i18n keys', () => {
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      '待办 3 项（逾期 1）',
      'separator',
      '«shell.tray.open»',
      '«shell.tray.panel»',
      'separator',
      '«shell.tray.quit»',
    ]);
  });

  it('wires each item to its action', () => {
    const click = (id: string) =>
      (template.find((item) => item.id === id)?.click as (() => void) | undefined)?.();
    click('tasks');
    click('open');
    click('panel');
    click('quit');
    expect(actions.openTasks).toHaveBeenCalledOnce();
    expect(actions.openMain).toHaveBeenCalledOnce();
    expect(actions.openPanel).toHaveBeenCalledOnce();
    expect(actions.quit).toHaveBeenCalledOnce();
  });

  it('with a server connected, shows the sync state and 立即同步 after the task line', () => {
    const withSync = trayMenuTemplate((key) => `«${key}»`, actions, tasks, { label: '离线（待同步 2）' });
    expect(withSync.slice(0, 4).map((item) => item.label ?? item.type)).toEqual([
      '待办 3 项（逾期 1）',
      '离线（待同步 2）',
      '«shell.tray.syncNow»',
      'separator',
    ]);
    expect(withSync[1]!.enabled).toBe(false);
    (withSync[2]!.click as () => void)();
    expect(actions.syncNow).toHaveBeenCalledOnce();
  });
});
