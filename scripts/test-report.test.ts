import { describe, expect, it } from 'vitest';
import { formatSummary, playwrightCounts, stepOutcome, vitestCounts } from './test-report.mjs';

describe('vitestCounts', () => {
  it('sums passed, failed and skipped/todo tests', () => {
    const report = {
      numPassedTests: 40,
      numFailedTests: 2,
      numPendingTests: 3,
      numTodoTests: 1,
      testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'failed' }] }],
    };
    expect(vitestCounts(report)).toEqual({ passed: 40, failed: 2, skipped: 4 });
  });

  it('counts a test file that failed to load as a failure although it ran no test', () => {
    const report = {
      numPassedTests: 5,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
        { status: 'failed', message: 'Cannot find module', assertionResults: [] },
      ],
    };
    expect(vitestCounts(report)).toEqual({ passed: 5, failed: 1, skipped: 0 });
  });
});

describe('playwrightCounts', () => {
  it('counts flaky tests as passed and unexpected ones as failed', () => {
    const report = { stats: { expected: 3, flaky: 1, unexpected: 2, skipped: 4 }, errors: [] };
    expect(playwrightCounts(report)).toEqual({ passed: 4, failed: 2, skipped: 4 });
  });

  it('counts a global error (web server did not start) as a failure', () => {
    const report = {
      stats: { expected: 0, flaky: 0, unexpected: 0, skipped: 0 },
      errors: [{ message: 'webServer' }],
    };
    expect(playwrightCounts(report).failed).toBe(1);
  });
});

describe('stepOutcome', () => {
  it('gives a passing check without tests no counts', () => {
    expect(stepOutcome({ exitCode: 0, counts: null, runsTests: false })).toEqual({
      status: 'passed',
      passed: 0,
      failed: 0,
      skipped: 0,
    });
  });

  it('counts a failing check without tests (lint) as one failure', () => {
    expect(stepOutcome({ exitCode: 1, counts: null, runsTests: false })).toMatchObject({
      status: 'failed',
      failed: 1,
    });
  });

  it('counts a test runner that left no result file as one failure', () => {
    expect(stepOutcome({ exitCode: 1, counts: null, runsTests: true })).toMatchObject({
      status: 'failed',
      failed: 1,
      note: 'no result file',
    });
  });

  it('keeps the runner counts when tests failed', () => {
    const counts = { passed: 9, failed: 2, skipped: 1 };
    expect(stepOutcome({ exitCode: 1, counts, runsTests: true })).toEqual({ status: 'failed', ...counts });
  });

  it('adds a failure when the runner exited non-zero yet reported none (unhandled error)', () => {
    const counts = { passed: 9, failed: 0, skipped: 0 };
    expect(stepOutcome({ exitCode: 1, counts, runsTests: true })).toMatchObject({
      status: 'failed',
      failed: 1,
    });
  });

  it('treats a runner killed by a signal (no exit code) as failed', () => {
    expect(stepOutcome({ exitCode: null, counts: null, runsTests: false }).status).toBe('failed');
  });
});

describe('formatSummary', () => {
  it('ends with the kefu line summing every step', () => {
    const text = formatSummary([
      { name: 'lint', status: 'failed', seconds: 3.21, runsTests: false, passed: 0, failed: 1, skipped: 0 },
      {
        name: 'unit (vitest)',
        status: 'passed',
        seconds: 12,
        runsTests: true,
        passed: 50,
        failed: 0,
        skipped: 2,
      },
      {
        name: 'e2e (playwright)',
        status: 'failed',
        seconds: 40,
        runsTests: true,
        passed: 3,
        failed: 1,
        skipped: 3,
      },
    ]);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('kefu: 53 passed, 2 failed, 5 skipped');
    expect(lines[0]).toMatch(/^step\s+status\s+seconds\s+tests$/);
    expect(text).toMatch(/lint\s+failed\s+3\.2/);
    expect(text).toContain('50 passed, 0 failed, 2 skipped');
  });
});
