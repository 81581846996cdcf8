/**
 * The web host runs in a browser tab with no chat client beside it, so a delivery cannot be
 * pasted anywhere. Instead each one is appended to `deliveries.jsonl` in the data directory:
 * developers and the end-to-end tests see exactly the text the desktop app would paste.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../core/clock';
import type { PasteInjector } from '../core/platform/paste-injector';

export const DELIVERIES_FILE = 'deliveries.jsonl';

export function createRecordingPasteInjector(dataDir: string, clock: Clock): PasteInjector {
  const record = (text: string, mode: 'paste' | 'copy') =>
    appendFileSync(join(dataDir, DELIVERIES_FILE), `${JSON.stringify({ text, mode, at: clock.now() })}\n`);
  return {
    async paste(text) {
      record(text, 'paste');
      return { status: 'pasted' };
    },
    async copy(text) {
      record(text, 'copy');
    },
  };
}
