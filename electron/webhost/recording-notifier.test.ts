import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecordingNotifier, NOTIFICATIONS_FILE } from './recording-notifier';

describe('recording notifier', () => {
  it('appends each notification with its time to notifications.jsonl', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-notify-'));
    const notifier = createRecordingNotifier(dir, { now: () => 42 });
    notifier.notify({ title: '跟进任务到期', body: '催付：订单 2890345512', taskId: 't1' });
    notifier.notify({ title: '3 个跟进任务到期', body: '…' });
    const lines = readFileSync(join(dir, NOTIFICATIONS_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { title: '跟进任务到期', body: '催付：订单 2890345512', taskId: 't1', at: 42 },
      { title: '3 个跟进任务到期', body: '…', at: 42 },
    ]);
  });
});
