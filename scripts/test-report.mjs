// Turns the runners' JSON reports and each step's exit code into the counts and the summary that
// `npm test` prints. Kept apart from scripts/test-all.mjs so the counting rules are unit-tested.

/** Vitest's JSON reporter (jest-compatible). A file that fails to load has no tests but failed. */
export function vitestCounts(report) {
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON reporter: a flaky test passed on retry; global errors (webServer) fail the run. */
export function playwrightCounts(report) {
  const stats = report.stats ?? {};
  const unexpected = stats.unexpected ?? 0;
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: unexpected + (unexpected === 0 && (report.errors ?? []).length > 0 ? 1 : 0),
    skipped: stats.skipped ?? 0,
  };
}

/**
 * A step's contribution to the final line. A check without tests counts as one failure when it
 * fails; a runner that left no report, or exited non-zero while reporting no failure, counts as
 * one failure more, so a broken run can never read as green.
 */
export function stepOutcome({ exitCode, counts, runsTests }) {
  if (!runsTests) {
    return {
      status: exitCode === 0 ? 'passed' : 'failed',
      passed: 0,
      failed: exitCode === 0 ? 0 : 1,
      skipped: 0,
    };
  }
  if (!counts) return { status: 'failed', passed: 0, failed: 1, skipped: 0, note: 'no result file' };
  const failed = counts.failed + (exitCode !== 0 && counts.failed === 0 ? 1 : 0);
  return { status: failed === 0 ? 'passed' : 'failed', ...counts, failed };
}

function pad(text, width, alignRight = false) {
  return alignRight ? text.padStart(width) : text.padEnd(width);
}

/** Table of steps followed by the `kefu: N passed, N failed, N skipped` line. */
export function formatSummary(rows) {
  const header = ['step', 'status', 'seconds', 'tests'];
  const cells = rows.map((row) => [
    row.name,
    row.status,
    row.seconds.toFixed(1),
    row.runsTests
      ? `${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped${row.note ? ` (${row.note})` : ''}`
      : '',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i].length)));
  const line = (cell) =>
    cell
      .map((text, i) => pad(text, widths[i], i === 2))
      .join('  ')
      .trimEnd();
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
    '',
    `kefu: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`,
  ].join('\n');
}
