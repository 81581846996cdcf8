/**
 * A full disk in the middle of a multi-row write (simulated with PRAGMA max_page_count, which
 * makes SQLite answer SQLITE_FULL exactly as a full disk does): the caller reads a clear,
 * localised error, nothing of the write is kept, the earlier data is intact and the file passes
 * its integrity check; with room again the same write succeeds.
 */
import { describe, expect, it } from 'vitest';
import { openTestDesk } from '../core/test-support/test-desk';
import { createTranslator } from '../core/i18n/translator';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

const base64 = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');

/** A 话术 CSV of `count` phrases in a new group, long enough to need new database pages. */
function phraseFile(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `大促话术,dc${i},亲，双十二大促第 ${i} 条：满 300 减 40，今晚 24 点截止，拍下后 48 小时内发货。,售前`,
  );
  return ['分组,快捷编码,短语内容,阶段', ...rows].join('\r\n');
}

describe('a full disk during a write', () => {
  it('answers errors.diskFull, keeps nothing of the write and loses nothing before it', async () => {
    const { database, core, count } = openTestDesk({ clock: { now: () => Date.UTC(2026, 10, 24, 2) } });
    const dispatch = createDispatcher(createHandlers(core), () => undefined);
    const file = { fileName: '大促话术.csv', contentBase64: base64(phraseFile(2_000)) };
    const phrasesBefore = count('phrases');
    expect(phrasesBefore).toBeGreaterThan(0);

    const pages = database.sqlite.pragma('page_count', { simple: true }) as number;
    database.sqlite.pragma(`max_page_count = ${pages}`);
    const refused = await dispatch('phrases.importApply', file);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'diskFull', messageKey: 'errors.diskFull', details: {} },
    });
    const { t } = createTranslator('zh-CN');
    expect(t('errors.diskFull')).toContain('磁盘已满');

    expect(count('phrases')).toBe(phrasesBefore);
    expect(database.sqlite.pragma('quick_check', { simple: true })).toBe('ok');

    database.sqlite.pragma('max_page_count = 1073741823');
    const applied = await dispatch('phrases.importApply', file);
    expect(applied.ok).toBe(true);
    expect(count('phrases')).toBe(phrasesBefore + 2_000);
  });
});
