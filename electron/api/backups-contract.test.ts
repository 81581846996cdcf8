import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { openTestDesk } from '../core/test-support/test-desk';
import type { ApiResult } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

function desk() {
  const opened = openTestDesk({
    clock: { now: () => Date.now() },
    prefix: 'kefu-backups-',
    role: 'supervisor',
  });
  const dispatch = createDispatcher(createHandlers(opened.core), () => undefined);
  const call = async <M extends MethodName>(method: M, input: unknown = {}): Promise<MethodOutput<M>> => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { ...opened, dispatch, call };
}

describe('backups in Settings', () => {
  it('backs up now, lists the backup, and stages its restore for the next start', async () => {
    const { call, database, dir, count } = desk();
    const taken = await call('backups.create');
    expect(taken).toMatchObject({ kind: 'daily', name: expect.stringMatching(/^kefu-\d{8}-\d{6}\.sqlite$/) });
    expect(taken.sizeBytes).toBeGreaterThan(0);
    expect(Math.abs(taken.takenAt - Date.now())).toBeLessThan(5_000);
    expect(await call('backups.list')).toEqual({ folder: join(dir, 'backups'), backups: [taken] });

    const phrases = count('phrases');
    const group = (await call('phrases.library')).groups.find((candidate) => candidate.scope === 'team')!;
    await call('phrases.save', {
      groupId: group.id,
      title: '备份后新加的',
      shortcut: 'bfh',
      body: '亲，这条是备份之后加的',
      tags: [],
      stage: 'general',
      scope: 'team',
    });
    expect(count('phrases')).toBe(phrases + 1);

    const restored = await call('backups.restore', { name: taken.name });
    expect(restored).toEqual({ orders: 0, customers: 0, phrases, relaunching: false });
    // Nothing changes under the running app; the next start swaps the backup in.
    expect(count('phrases')).toBe(phrases + 1);
    const file = database.file;
    database.close();
    const next = openDatabase({ file });
    expect(next.restore).toMatchObject({ status: 'restored' });
    expect(next.sqlite.prepare('select count(*) from phrases').pluck().get()).toBe(phrases);
    expect(
      next.sqlite.prepare("select count(*) from phrases where title = '备份后新加的'").pluck().get(),
    ).toBe(0);
    next.close();
  });

  it('restores only a sound backup from the backups folder, named as listed', async () => {
    const { dispatch, dir } = desk();
    expect(await dispatch('backups.restore', { name: '../kefu.sqlite' })).toEqual({
      ok: false,
      error: { code: 'notFound', messageKey: 'errors.backup.notFound', details: { name: '../kefu.sqlite' } },
    });
    const damaged = 'kefu-20261120-090000.sqlite';
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', damaged), 'SQLite format 3\0 but cut short');
    const refused = await dispatch('backups.restore', { name: damaged });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'backupRefused', messageKey: 'errors.db.unreadable' },
    });
  });
});
