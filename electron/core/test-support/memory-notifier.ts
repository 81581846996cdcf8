/** Keeps every notification in memory, for tests and benchmarks that check what was announced. */
import type { Notification, Notifier } from '../platform/notifier';

export function createMemoryNotifier(): Notifier & { sent: Notification[] } {
  const sent: Notification[] = [];
  return { sent, notify: (notification) => void sent.push(notification) };
}
