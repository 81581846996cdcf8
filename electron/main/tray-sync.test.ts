import { describe, expect, it } from 'vitest';
import { syncStatusOf } from '../core/test-support/sync-status';
import { createTranslator } from '../core/i18n/translator';
import { syncTrayView } from './tray-sync';

const status = syncStatusOf;

describe('the tray sync line', () => {
  it('says the sync state in the agent’s language, and is absent without a server', () => {
    const { t } = createTranslator('zh-CN');
    expect(syncTrayView(status('unconfigured', 0), t)).toBeNull();
    expect(syncTrayView(status('synced', 0), t)).toEqual({ label: '已同步' });
    expect(syncTrayView(status('pending', 3), t)).toEqual({ label: '待同步 3' });
    expect(syncTrayView(status('offline', 2), t)).toEqual({ label: '离线（待同步 2）' });
    expect(syncTrayView(status('error', 0), createTranslator('en-US').t)).toEqual({ label: 'Sync error' });
  });
});
