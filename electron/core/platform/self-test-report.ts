/**
 * 粘贴自检's report as plain text in the agent's language: one line per check with ✔ ✘ ! or –,
 * what the agent copies to the supervisor and what `--self-test` prints.
 */
import type { SelfTestReport } from './paste-self-test';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const MARKS = { pass: '✔', fail: '✘', warn: '!', skip: '–' } as const;
const VERDICT_KEYS = {
  passed: 'selfTest.report.passed',
  failed: 'selfTest.report.failed',
  incomplete: 'selfTest.report.incomplete',
} as const;

export function selfTestReportText(
  report: SelfTestReport,
  t: Translate,
  facts: { appVersion: string; platform: string; time: string },
): string {
  return [
    t('selfTest.report.title', facts),
    ...report.checks.map((c) => `${MARKS[c.status]} ${t(c.messageKey, c.params)}`),
    t(VERDICT_KEYS[report.verdict]),
    '',
  ].join('\n');
}
