import { mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awaitSelfTestReport, SELF_TEST_REPORT_FILE, writeSelfTestReport } from './self-test-report-file';

describe('the self-test report handed from the running app to the command line', () => {
  it('is picked up once the running instance writes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-selftest-'));
    const since = Date.now();
    setTimeout(() => writeSelfTestReport(dir, { passed: false, text: '✘ 焦点没有回到测试窗口\n' }), 300);
    await expect(awaitSelfTestReport(dir, since, 5000)).resolves.toEqual({
      passed: false,
      text: '✘ 焦点没有回到测试窗口\n',
    });
  });

  it('ignores a report left from an earlier run and gives up after the timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-selftest-'));
    writeSelfTestReport(dir, { passed: true, text: 'old' });
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, SELF_TEST_REPORT_FILE), old, old);
    await expect(awaitSelfTestReport(dir, Date.now(), 400)).resolves.toBeNull();
  });
});
