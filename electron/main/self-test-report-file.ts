/**
 * `kefu-desk --self-test` while Kefu Desk already runs: the running instance gets the request
 * (second-instance), runs 粘贴自检 where the hotkeys live, and writes the report into the data
 * folder; the process started on the command line waits for that file, prints it and exits with
 * 0 (passed) or 1. The same file stays for the agent to attach ("self-test-report.json").
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SELF_TEST_REPORT_FILE = 'self-test-report.json';
const POLL_MS = 200;

export interface SavedSelfTest {
  passed: boolean;
  text: string;
}

export function writeSelfTestReport(dataDir: string, report: SavedSelfTest): string {
  const file = join(dataDir, SELF_TEST_REPORT_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify({ passed: report.passed, text: report.text }));
  renameSync(`${file}.tmp`, file);
  return file;
}

/** The report written after `since` (ms since the epoch), or null once `timeoutMs` has passed. */
export async function awaitSelfTestReport(
  dataDir: string,
  since: number,
  timeoutMs: number,
): Promise<SavedSelfTest | null> {
  const file = join(dataDir, SELF_TEST_REPORT_FILE);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (statSync(file).mtimeMs >= since) return JSON.parse(readFileSync(file, 'utf8')) as SavedSelfTest;
    } catch {
      // Not written yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}
