/** zh-CN and en-US stay complete and interchangeable; the keys other parts of the app use exist. */
import { describe, expect, it } from 'vitest';
import { flatten, readLocale } from './renderer-sources';

const zh = flatten(readLocale('zh-CN'));
const en = flatten(readLocale('en-US'));

/** An en-US plural form (`x_one`, `x_other`) stands for zh-CN's one `x`: Chinese has no plural. */
const zhKeyOf = (enKey: string) => enKey.replace(/_(one|other)$/, '');

const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys the Electron main process, the contract, the settings schema and the CLI rely on. */
const REQUIRED_KEYS = [
  'errors.validation',
  'errors.internal',
  'errors.unknownMethod',
  'errors.forbidden',
  'errors.transport',
  'errors.db.newerSchema',
  'errors.db.corrupt',
  'errors.db.unreadable',
  'errors.db.migrationFailed',
  'validation.agentName.required',
  'validation.agentName.tooLong',
  'validation.agentCode.format',
  'validation.role.unknown',
  'validation.shopName.required',
  'validation.shopName.tooLong',
  'validation.courier.tooLong',
  'validation.threshold.format',
  'validation.threshold.range',
  'validation.cutoffTime.format',
  'validation.language.unknown',
  'validation.money.format',
  'validation.invalid_type',
  'validation.invalid_value',
  'validation.too_small',
  'validation.too_big',
  'validation.invalid_format',
  'validation.unrecognized_keys',
  'validation.custom',
  'validation.invalid_union',
  'shell.tray.open',
  'shell.tray.panel',
  'shell.tray.quit',
  'shell.tray.tooltip',
  'shell.hotkeyRefused.title',
  'shell.hotkeyRefused.body',
  'shell.dbError.title',
  'cli.settings.saved',
  'cli.settings.unknownKey',
  'cli.db.ok',
  'cli.db.corrupt',
  'cli.db.backupWritten',
  'cli.error',
  'cli.notSetUp',
];

describe('locales', () => {
  it('zh-CN and en-US have exactly the same keys (en-US plural forms counting as their key)', () => {
    const enAsZh = new Set([...en.keys()].map(zhKeyOf));
    const onlyZh = [...zh.keys()].filter((key) => !enAsZh.has(key));
    const onlyEn = [...en.keys()].filter((key) => !zh.has(zhKeyOf(key)));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
  });

  it.each([
    ['zh-CN', zh],
    ['en-US', en],
  ])('every %s value is a non-empty string', (_, flat) => {
    const bad = [...flat]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('each key has the same {{placeholders}} in both languages', () => {
    const mismatched = [...en.keys()]
      .filter((key) => zh.has(zhKeyOf(key)))
      .filter((key) => placeholders(zh.get(zhKeyOf(key))).join() !== placeholders(en.get(key)).join())
      .map(
        (key) =>
          `${key}: zh-CN {${placeholders(zh.get(zhKeyOf(key))).join()}} en-US {${placeholders(en.get(key)).join()}}`,
      );
    expect(mismatched).toEqual([]);
  });

  it('has no text that the main bundle’s ESM shim would read as an import statement', () => {
    // electron-vite inserts its CommonJS shim after the last `import "…"` it finds by regex, also
    // inside string literals: an English text ending in " import" broke the build ("Confirm import").
    const looksLikeImport = /(^|[\s;])import\s*$/;
    const offending = [...zh, ...en].filter(
      ([, text]) => typeof text === 'string' && looksLikeImport.test(text),
    );
    expect(offending).toEqual([]);
  });

  it('has every key the rest of the app relies on', () => {
    expect(REQUIRED_KEYS.filter((key) => !zh.has(key))).toEqual([]);
  });

  it('phrases the newer-database refusal with its file and versions', () => {
    expect(zh.get('errors.db.newerSchema')).toBe(
      '数据库由更新版本的客服台写入（架构版本 {{found}}，本版本支持 {{supported}}）。请升级客服台；文件 {{file}} 未被改动。',
    );
    expect(placeholders(zh.get('shell.hotkeyRefused.body'))).toEqual(['accelerator']);
    expect(placeholders(zh.get('cli.settings.unknownKey'))).toEqual(['key', 'keys']);
  });
});
