import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open-database';
import { createCoreServices } from '../core/core-services';
import { HEADLESS_INJECTOR, HEADLESS_SHELL } from '../core/platform/headless-shell';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';
import { METHOD_NAMES } from './method-names';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';
import { createMemoryNotifier } from '../core/test-support/memory-notifier';

const opened: OpenedDatabase[] = [];

function serve(
  file = join(mkdtempSync(join(tmpdir(), 'kefu-api-')), 'kefu.sqlite'),
  onInternalError = vi.fn(),
) {
  const database = openDatabase({ file });
  opened.push(database);
  const core = createCoreServices({
    database,
    clock: { now: () => 1_764_000_000_000 },
    shell: HEADLESS_SHELL,
    injector: HEADLESS_INJECTOR,
    notifier: createMemoryNotifier(),
    dataDir: '/data',
    appVersion: '0.1.0',
  });
  return { dispatch: createDispatcher(createHandlers(core), onInternalError), file, core };
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const validSettings = SAMPLE_SETTINGS;

describe('settings through the contract', () => {
  it('starts in first-run state', async () => {
    const { dispatch } = serve();
    expect(await dispatch('settings.get', {})).toEqual({
      ok: true,
      value: { language: 'zh-CN', agent: null, shop: null },
    });
  });

  it('saves the profile and shop and finds them again after reopening the file', async () => {
    const first = serve();
    const saved = await first.dispatch('settings.save', validSettings);
    // A shop saved without a time zone keeps Beijing time.
    const stored = { ...validSettings, shop: { ...validSettings.shop, timeZone: 'Asia/Shanghai' } };
    expect(saved).toEqual({ ok: true, value: stored });
    opened.pop()?.close();

    const second = serve(first.file);
    expect(await second.dispatch('settings.get', {})).toEqual({ ok: true, value: stored });
    const changed = await second.dispatch('settings.save', {
      ...validSettings,
      language: 'en-US',
      shop: { ...validSettings.shop, cutoffTime: '17:00' },
    });
    expect(changed).toMatchObject({ ok: true, value: { language: 'en-US', shop: { cutoffTime: '17:00' } } });
    const database = opened.at(-1)!;
    expect(database.sqlite.prepare('select count(*) from shops').pluck().get()).toBe(1);
    expect(database.sqlite.prepare('select count(*) from agents').pluck().get()).toBe(1);
  });

  it('rejects an invalid 工号 and a bad cut-off time field by field and writes nothing', async () => {
    const { dispatch } = serve();
    const result = await dispatch('settings.save', {
      ...validSettings,
      agent: { ...validSettings.agent, agentCode: '客服 07' },
      shop: { ...validSettings.shop, cutoffTime: '25:00', freeShippingThresholdFen: -1 },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        messageKey: 'errors.validation',
        details: {
          issues: expect.arrayContaining([
            expect.objectContaining({
              path: ['agent', 'agentCode'],
              messageKey: 'validation.agentCode.format',
            }),
            expect.objectContaining({
              path: ['shop', 'cutoffTime'],
              messageKey: 'validation.cutoffTime.format',
            }),
            expect.objectContaining({
              path: ['shop', 'freeShippingThresholdFen'],
              messageKey: 'validation.threshold.range',
            }),
          ]),
        },
      },
    });
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { agent: null, shop: null },
    });
  });

  it('switches the language alone', async () => {
    const { dispatch } = serve();
    expect(await dispatch('settings.setLanguage', { language: 'en-US' })).toMatchObject({
      ok: true,
      value: { language: 'en-US' },
    });
    expect(await dispatch('settings.setLanguage', { language: 'fr-FR' })).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: { issues: [expect.objectContaining({ messageKey: 'validation.language.unknown' })] },
      },
    });
  });
});

describe('garbage never crosses the boundary', () => {
  const garbage: unknown[] = [
    undefined,
    null,
    42,
    'settings',
    [],
    [1, 2, 3],
    { language: { $gt: '' } },
    { agent: 'x'.repeat(100_000) },
    { __proto__: { polluted: true } },
    JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
    { language: 'zh-CN', agent: { name: 1, agentCode: null, role: 'root' }, shop: [] },
    {
      language: 'zh-CN',
      agent: validSettings.agent,
      shop: { ...validSettings.shop, freeShippingThresholdFen: Number.NaN },
    },
    {
      language: 'zh-CN',
      agent: validSettings.agent,
      shop: { ...validSettings.shop, freeShippingThresholdFen: 99.5 },
    },
    { ...validSettings, extra: 'field' },
  ];

  it.each(METHOD_NAMES)('%s answers every malformed input with a validation error', async (method) => {
    const { dispatch } = serve();
    for (const input of garbage) {
      const result = await dispatch(method, input);
      if (result.ok) {
        // Methods without input accept only the empty object.
        expect(method === 'settings.save' || method === 'settings.setLanguage').toBe(false);
        expect(input === undefined ? {} : input).toEqual({});
        continue;
      }
      expect(result.error.code).toBe('validation');
      expect(result.error.messageKey).toBe('errors.validation');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true });
  });

  it('answers unknown and non-string method names without throwing, then keeps serving', async () => {
    const { dispatch } = serve();
    for (const name of [
      'settings.drop',
      '__proto__',
      'constructor',
      'toString',
      7,
      null,
      { method: 'settings.get' },
    ]) {
      expect(await dispatch(name, {})).toMatchObject({
        ok: false,
        error: { code: 'unknownMethod', messageKey: 'errors.unknownMethod' },
      });
    }
    expect(await dispatch('settings.save', validSettings)).toMatchObject({ ok: true });
  });

  it('turns an unexpected failure into errors.internal and reports it to the host', async () => {
    const onInternalError = vi.fn();
    const { dispatch } = serve(undefined, onInternalError);
    opened.at(-1)!.close();
    expect(await dispatch('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal', details: {} },
    });
    expect(onInternalError).toHaveBeenCalledOnce();
    opened.pop();
  });
});

describe('results that break their own schema', () => {
  it('are internal errors reported to the host, not the caller’s validation problem', async () => {
    const onInternalError = vi.fn();
    const { dispatch } = serve(undefined, onInternalError);
    await dispatch('settings.save', validSettings);
    // Damaged or foreign data: a stored language this app does not know.
    opened.at(-1)!.sqlite.prepare(`update settings set value = '"fr-FR"' where key = 'language'`).run();
    expect(await dispatch('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal', details: {} },
    });
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('still load when stored values break today’s input rules, so the agent can correct them', async () => {
    const { dispatch } = serve();
    await dispatch('settings.save', validSettings);
    opened.at(-1)!.sqlite.prepare('update agents set name = ?').run('很长的名字'.repeat(6));
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { agent: { name: '很长的名字'.repeat(6) } },
    });
  });
});
