/**
 * Specs that start their own web hosts and server processes run in the web project only; in the
 * electron project they say so, loudly, and skip.
 */
import type { TestInfo } from '@playwright/test';
import { test } from '../app-fixture';

export function webProjectOnly(testInfo: TestInfo, why: string): void {
  if (testInfo.project.name === 'web') return;
  const reason = `SKIPPED in the ${testInfo.project.name} project: ${why}; the web project runs it.`;
  console.warn(`[${testInfo.project.name}] ${testInfo.title}: ${reason}`);
  test.skip(true, reason);
}
