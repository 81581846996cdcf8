/**
 * 询单分析's marked days over real HTTP on PGlite and PostgreSQL: kept for the shop, so another
 * supervisor (here the admin, in another session) sees the mark; one note per day, an empty note
 * removes it; a change needs the session's CSRF token; another shop sees none of them.
 */
import { expect, it } from 'vitest';
import { describeEachStorage, seedShop } from '../../test-support/test-server';
import { CONSOLE_PATHS, type AnalysisMarksResponse } from '../console-api';
import { ConsoleClient, errorKey } from './console-client';

describeEachStorage('console marked days', (env) => {
  it('are the shop’s: marked by one supervisor, seen by another, replaced, removed', async () => {
    const shop = await seedShop(env.storage);
    const other = await seedShop(env.storage);
    const signedIn = async (token: string) => {
      const client = new ConsoleClient(env.url);
      await client.signIn(token);
      return client;
    };
    const supervisor = await signedIn(shop.supervisor.token);
    const admin = await signedIn(shop.admin.token);
    const marksOf = async (client: ConsoleClient) =>
      (await client.get<AnalysisMarksResponse>(CONSOLE_PATHS.analysisMarks)).body.marks.map((mark) => [
        mark.day,
        mark.note,
        mark.markedBy.code,
      ]);

    const saved = await supervisor.post<AnalysisMarksResponse>(CONSOLE_PATHS.analysisMarks, {
      day: '2026-11-20',
      note: ' 改了详情页 ',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await supervisor.post(CONSOLE_PATHS.analysisMarks, { day: '2026-11-25', note: '主图换成白底' });
    expect(await marksOf(admin)).toEqual([
      ['2026-11-25', '主图换成白底', 'S01'],
      ['2026-11-20', '改了详情页', 'S01'],
    ]);

    await admin.post(CONSOLE_PATHS.analysisMarks, { day: '2026-11-20', note: '详情页加了尺码表' });
    await admin.post(CONSOLE_PATHS.analysisMarks, { day: '2026-11-25', note: '' });
    expect(await marksOf(supervisor)).toEqual([['2026-11-20', '详情页加了尺码表', 'ADM']]);

    const forged = await supervisor.post(
      CONSOLE_PATHS.analysisMarks,
      { day: '2026-11-21', note: '伪造' },
      { csrf: false },
    );
    expect(errorKey(forged)).toBe('console.error.csrf');
    const tooLong = await supervisor.post(CONSOLE_PATHS.analysisMarks, {
      day: '2026-11-21',
      note: '长'.repeat(61),
    });
    expect(errorKey(tooLong)).toBe('console.error.badRequest');
    expect(await marksOf(await signedIn(other.supervisor.token))).toEqual([]);
    expect(await marksOf(supervisor)).toEqual([['2026-11-20', '详情页加了尺码表', 'ADM']]);
  });
});
