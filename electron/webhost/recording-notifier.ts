/**
 * A browser tab cannot show the desktop notification the Electron shell would. Each one is
 * appended to `notifications.jsonl` in the data directory instead, like the paste recorder:
 * developers and the end-to-end tests see exactly what the agent would have been told.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../core/clock';
import type { Notifier } from '../core/platform/notifier';

export const NOTIFICATIONS_FILE = 'notifications.jsonl';

export function createRecordingNotifier(dataDir: string, clock: Clock): Notifier {
  return {
    notify: (notification) =>
      appendFileSync(
        join(dataDir, NOTIFICATIONS_FILE),
        `${JSON.stringify({ ...notification, at: clock.now() })}\n`,
      ),
  };
}
