/**
 * better-sqlite3 transactions are synchronous, so a long all-or-nothing write (an order import)
 * holds one explicit transaction across awaits to keep the event loop free. Any other write
 * issued meanwhile on the same connection would silently join that transaction and vanish if it
 * rolls back; the gate makes other writers wait until it is committed or rolled back.
 */
export function createWriteGate() {
  /** Settles when the last exclusive work queued so far has finished. */
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;

  async function idle(): Promise<void> {
    while (pending > 0) await queue;
  }

  return {
    idle,
    busy: () => pending > 0,
    /** Runs `work` as the only writer; claimed synchronously, so two callers never overlap. */
    async exclusive<T>(work: () => Promise<T>): Promise<T> {
      const previous = queue;
      let release!: () => void;
      queue = new Promise<void>((resolve) => (release = resolve));
      pending += 1;
      try {
        await previous;
        return await work();
      } finally {
        pending -= 1;
        release();
      }
    },
  };
}

export type WriteGate = ReturnType<typeof createWriteGate>;
