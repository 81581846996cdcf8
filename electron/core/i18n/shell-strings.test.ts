import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../db/enums';
import { createTranslator } from './translator';

/** Every key the main process shows: tray, hotkey notice, database error dialog. */
const MAIN_PROCESS_KEYS = [
  'shell.tray.open',
  'shell.tray.panel',
  'shell.tray.quit',
  'shell.tray.tooltip',
  'shell.hotkeyRefused.title',
  'shell.hotkeyRefused.body',
  'shell.dbError.title',
  'errors.db.newerSchema',
  'errors.db.corrupt',
  'errors.db.unreadable',
  'errors.db.migrationFailed',
];

describe.each(LANGUAGES)('main process i18n in %s', (language) => {
  const i18n = createTranslator(language);

  it.each(MAIN_PROCESS_KEYS)('has %s in its own language', (key) => {
    expect(i18n.exists(key, { lng: language, fallbackLng: false })).toBe(true);
  });

  it('fills the database error details without HTML escaping', () => {
    const text = i18n.t('errors.db.newerSchema', {
      file: 'C:\\Users\\坐席\\kefu.sqlite',
      found: 7,
      supported: 3,
    });
    expect(text).toContain('C:\\Users\\坐席\\kefu.sqlite');
    expect(text).toContain('7');
    expect(text).toContain('3');
  });

  it('names the refused accelerator', () => {
    expect(i18n.t('shell.hotkeyRefused.body', { accelerator: 'Alt+Space' })).toContain('Alt+Space');
  });
});

describe('language switch', () => {
  it('relabels after changeLanguage', async () => {
    const i18n = createTranslator('zh-CN');
    const chinese = i18n.t('shell.tray.quit');
    await i18n.changeLanguage('en-US');
    expect(i18n.t('shell.tray.quit')).not.toBe(chinese);
  });
});
