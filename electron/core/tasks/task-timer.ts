/**
 * The shells' minute timer for tasks: rules that depend on time passing and due reminders. It
 * runs once at start (reminders for what fell due while the app was closed), then every
 * minute. A failing tick is reported and the next one still runs; `stop` must precede closing
 * the database.
 */
export const TASK_TICK_MS = 60_000;

export function startTaskTimer(
  tick: () => unknown,
  report: (cause: unknown) => void = console.error,
): () => void {
  const run = () => {
    try {
      tick();
    } catch (cause) {
      report(cause);
    }
  };
  run();
  const timer = setInterval(run, TASK_TICK_MS);
  // The timer alone must not keep a Node host (or a test) alive.
  timer.unref();
  return () => clearInterval(timer);
}
