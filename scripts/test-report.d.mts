export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface StepOutcome extends TestCounts {
  status: 'passed' | 'failed';
  note?: string;
}

export interface SummaryRow extends StepOutcome {
  name: string;
  seconds: number;
  runsTests: boolean;
}

export function vitestCounts(report: unknown): TestCounts;
export function playwrightCounts(report: unknown): TestCounts;
export function stepOutcome(step: {
  exitCode: number | null;
  counts: TestCounts | null;
  runsTests: boolean;
}): StepOutcome;
export function formatSummary(rows: SummaryRow[]): string;
