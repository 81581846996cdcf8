/**
 * Lets the event loop serve what queued up (the hotkey, IPC calls) between chunks of long work:
 * setImmediate runs after pending I/O callbacks, unlike a resolved promise.
 */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
