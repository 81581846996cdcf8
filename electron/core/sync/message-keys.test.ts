/**
 * Every message key the sync client answers with has its text in both languages: the errors a
 * failed run or a refused connection shows, the reasons a rejected mutation is listed with
 * (each code the server's conflict rules use), the form's field messages and the CLI summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNC_ERROR_CODES } from '../../../common/sync/protocol';
import { issueMessageKey } from './rejection-rollback';
import { syncErrorMessageKey } from './sync-error-classes';

const root = join(import.meta.dirname, '..', '..', '..');
const locales = ['zh-CN', 'en-US'].map((name) => ({
  name,
  data: JSON.parse(readFileSync(join(root, 'locales', `${name}.json`), 'utf8')) as unknown,
}));

const lookup = (locale: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);

/** The codes the server rejects single mutations with (server/sync/decide-mutation.ts), and our fallback. */
const REJECTION_CODES = ['forbidden', 'statusBackward', 'rowDeleted', 'notFound', 'badRequest', 'rejected'];

const KEYS = [
  ...SYNC_ERROR_CODES.map(syncErrorMessageKey),
  ...['unreachable', 'badAnswer'].map(syncErrorMessageKey),
  ...REJECTION_CODES.map(issueMessageKey),
  'validation.sync.serverUrlRequired',
  'validation.sync.serverUrl',
  'validation.sync.tokenRequired',
  'cli.sync.serverAndToken',
  'cli.sync.notConnected',
  'cli.sync.notDone',
  'cli.sync.summary',
  'cli.sync.status',
];

describe('sync message keys', () => {
  it.each(locales)('have text in $name', ({ data }) => {
    const missing = KEYS.filter((key) => typeof lookup(data, key) !== 'string' || lookup(data, key) === '');
    expect(missing).toEqual([]);
  });
});
