import { describe, expect, it } from 'vitest';
import { createTranslator } from '../core/i18n/translator';
import { sameBadge, trayBadgeView } from './tray-badge';

const zh = createTranslator('zh-CN').t;
const en = createTranslator('en-US').t;

describe('trayBadgeView', () => {
  it('counts overdue and due-today tasks in the menu line, tooltip and macOS title', () => {
    expect(trayBadgeView({ overdue: 1, dueToday: 2 }, zh)).toEqual({
      count: 3,
      menuLabel: '待办 3 项（逾期 1）',
      tooltip: '客服台 · 待办 3 项（逾期 1）',
      title: '3',
    });
    expect(trayBadgeView({ overdue: 0, dueToday: 2 }, zh)).toMatchObject({
      menuLabel: '待办 2 项',
      tooltip: '客服台 · 待办 2 项',
    });
  });

  it('says nothing is due, with the plain tooltip and no title beside the icon', () => {
    expect(trayBadgeView({ overdue: 0, dueToday: 0 }, zh)).toEqual({
      count: 0,
      menuLabel: '没有到期的待办',
      tooltip: '客服台',
      title: '',
    });
  });

  it('speaks the shell language', () => {
    expect(trayBadgeView({ overdue: 2, dueToday: 3 }, en)).toMatchObject({
      menuLabel: 'Tasks due: 5 (2 overdue)',
      tooltip: 'Kefu Desk · Tasks due: 5 (2 overdue)',
    });
    expect(trayBadgeView({ overdue: 0, dueToday: 0 }, en).menuLabel).toBe('No tasks due');
  });

  it('tells an unchanged count from a changed one', () => {
    expect(sameBadge({ overdue: 1, dueToday: 2 }, { overdue: 1, dueToday: 2 })).toBe(true);
    expect(sameBadge({ overdue: 1, dueToday: 2 }, { overdue: 2, dueToday: 1 })).toBe(false);
  });
});
