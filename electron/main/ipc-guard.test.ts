import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../api/api-result';
import {
  APP_ORIGIN,
  isTrustedUrl,
  panelUrl,
  rendererBaseUrl,
  trustedOrigins,
  urlOrigin,
} from './app-origins';
import { KEFU_CALL_CHANNEL } from './ipc-channel';
import { FORBIDDEN_RESULT, createGuardedCall, isTrustedSender } from './ipc-guard';

const DEV_URL = 'http://localhost:5173';
const production = trustedOrigins({ isPackaged: true, rendererUrl: undefined });
const development = trustedOrigins({ isPackaged: false, rendererUrl: DEV_URL });

describe('trusted origins', () => {
  it('is only the app protocol in a packaged app', () => {
    expect(production).toEqual([APP_ORIGIN]);
  });

  it('adds the dev server only when unpackaged and ELECTRON_RENDERER_URL is set', () => {
    expect(development).toEqual([APP_ORIGIN, DEV_URL]);
    expect(trustedOrigins({ isPackaged: true, rendererUrl: DEV_URL })).toEqual([APP_ORIGIN]);
    expect(trustedOrigins({ isPackaged: false, rendererUrl: undefined })).toEqual([APP_ORIGIN]);
    expect(trustedOrigins({ isPackaged: false, rendererUrl: '' })).toEqual([APP_ORIGIN]);
  });

  it('builds origins by hand for the custom scheme', () => {
    expect(urlOrigin('kefu://app/index.html#/panel')).toBe('kefu://app');
    expect(urlOrigin('file:///C:/app/index.html')).toBeNull();
    expect(urlOrigin('not a url')).toBeNull();
  });

  it('does not confuse look-alike hosts', () => {
    expect(isTrustedUrl('kefu://app.evil/index.html', production)).toBe(false);
    expect(isTrustedUrl('kefu://evil/index.html', production)).toBe(false);
    expect(isTrustedUrl('http://localhost:5174/', development)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', development)).toBe(false);
  });
});

describe('renderer URLs', () => {
  it('loads the app protocol, or the dev server while developing', () => {
    expect(rendererBaseUrl({ isPackaged: true, rendererUrl: DEV_URL })).toBe('kefu://app/index.html');
    expect(rendererBaseUrl({ isPackaged: false, rendererUrl: DEV_URL })).toBe(DEV_URL);
    expect(panelUrl({ isPackaged: true, rendererUrl: undefined })).toBe('kefu://app/index.html#/panel');
    expect(panelUrl({ isPackaged: false, rendererUrl: DEV_URL })).toBe(`${DEV_URL}/#/panel`);
  });
});

describe('isTrustedSender', () => {
  const frame = (url: string) => ({ url });

  it('accepts the app origin on the kefu:call channel', () => {
    expect(isTrustedSender(KEFU_CALL_CHANNEL, frame('kefu://app/index.html'), production)).toBe(true);
    expect(isTrustedSender(KEFU_CALL_CHANNEL, frame('kefu://app/index.html#/panel'), production)).toBe(true);
  });

  it.each([
    ['file://', 'file:///opt/kefu/out/renderer/index.html'],
    ['a remote page', 'http://evil.example/index.html'],
    ['https remote page', 'https://evil.example/'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<script></script>'],
    ['the dev server in production', `${DEV_URL}/`],
  ])('refuses %s', (_name, url) => {
    expect(isTrustedSender(KEFU_CALL_CHANNEL, frame(url), production)).toBe(false);
  });

  it('refuses a missing or destroyed frame', () => {
    expect(isTrustedSender(KEFU_CALL_CHANNEL, null, production)).toBe(false);
    expect(isTrustedSender(KEFU_CALL_CHANNEL, undefined, production)).toBe(false);
  });

  it('refuses any other channel, even from the app', () => {
    expect(isTrustedSender('kefu:other', frame('kefu://app/index.html'), production)).toBe(false);
    expect(isTrustedSender('', frame('kefu://app/index.html'), production)).toBe(false);
  });

  it('accepts the dev server only where it is trusted', () => {
    expect(isTrustedSender(KEFU_CALL_CHANNEL, frame(`${DEV_URL}/#/panel`), development)).toBe(true);
    expect(isTrustedSender(KEFU_CALL_CHANNEL, frame(`${DEV_URL}/#/panel`), production)).toBe(false);
  });
});

describe('createGuardedCall', () => {
  const ok: ApiResult<unknown> = { ok: true, value: 'served' };

  it('passes trusted calls to the dispatcher unchanged', async () => {
    const dispatch = vi.fn(async () => ok);
    const call = createGuardedCall(dispatch, production);
    await expect(call(KEFU_CALL_CHANNEL, { url: 'kefu://app/index.html' }, 'settings.get', {})).resolves.toBe(
      ok,
    );
    expect(dispatch).toHaveBeenCalledWith('settings.get', {});
  });

  it('answers untrusted calls with forbidden without dispatching', async () => {
    const dispatch = vi.fn(async () => ok);
    const call = createGuardedCall(dispatch, production);
    await expect(
      call(KEFU_CALL_CHANNEL, { url: 'http://evil.example/' }, 'settings.save', {}),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', messageKey: 'errors.forbidden', details: {} },
    });
    await expect(call(KEFU_CALL_CHANNEL, null, 'settings.get', {})).resolves.toBe(FORBIDDEN_RESULT);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
