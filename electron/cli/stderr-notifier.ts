/**
 * The CLI has no desktop to notify: a reminder goes to stderr, where a supervisor's script sees
 * it without it mixing into the command's output (JSON included) on stdout.
 */
import type { Notifier } from '../core/platform/notifier';

export function createStderrNotifier(
  write: (line: string) => void = (line) => process.stderr.write(line),
): Notifier {
  return { notify: ({ title, body }) => write(`${title}: ${body}\n`) };
}
