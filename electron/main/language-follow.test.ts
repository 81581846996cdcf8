import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../api/api-result';
import type { Dispatch } from '../api/dispatch';
import { followLanguage } from './language-follow';

const settings = (language: string) => ({ language, agent: null, shop: null });

describe('followLanguage', () => {
  it('hands on the language after a successful settings.setLanguage or settings.save', async () => {
    const onLanguage = vi.fn();
    const inner: Dispatch = async (method) => ({
      ok: true,
      value: settings(method === 'settings.save' ? 'zh-CN' : 'en-US'),
    });
    const dispatch = followLanguage(inner, onLanguage);
    await dispatch('settings.setLanguage', { language: 'en-US' });
    await dispatch('settings.save', {});
    expect(onLanguage.mock.calls).toEqual([['en-US'], ['zh-CN']]);
  });

  it('ignores failures and other methods, and returns the result untouched', async () => {
    const onLanguage = vi.fn();
    const failure: ApiResult<unknown> = {
      ok: false,
      error: { code: 'validation', messageKey: 'errors.validation', details: {} },
    };
    const dispatch = followLanguage(
      async (method) =>
        method === 'settings.setLanguage' ? failure : { ok: true, value: settings('en-US') },
      onLanguage,
    );
    await expect(dispatch('settings.setLanguage', { language: 'fr' })).resolves.toBe(failure);
    await dispatch('settings.get', {});
    await dispatch('app.info', {});
    expect(onLanguage).not.toHaveBeenCalled();
  });
});
