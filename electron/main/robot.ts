/**
 * @jitsi/robotjs, loaded on first use: its N-API prebuilds load in Electron without a rebuild, and
 * a broken install degrades the paste to "copied only" instead of stopping the app.
 */
import { createRequire } from 'node:module';

export type Robot = typeof import('@jitsi/robotjs');

let loaded: Robot | null | undefined;

export function loadRobot(): Robot | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = createRequire(import.meta.url)('@jitsi/robotjs') as Robot;
  } catch {
    loaded = null;
  }
  return loaded;
}
