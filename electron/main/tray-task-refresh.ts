/**
 * Keeps the tray's task count current between minute ticks: after a successful call that can
 * change what is due — a task action, or an order change (the rules follow every order change)
 * — the badge is read again. Reading it is one indexed count, so a read call slipping through
 * would cost little; the point of the filter is that panel keystrokes never pay for it.
 */
import type { Dispatch } from '../api/dispatch';
import type { MethodName } from '../api/contract';
import { ORDER_METHODS } from '../api/contracts/order-methods';
import { TASK_METHODS } from '../api/contracts/task-methods';

const READS: ReadonlySet<string> = new Set([
  'tasks.list',
  'tasks.badge',
  'orders.list',
  'orders.get',
  'orders.importPreview',
] satisfies MethodName[]);

const TASK_CHANGING: ReadonlySet<unknown> = new Set(
  [...TASK_METHODS, ...ORDER_METHODS].filter((method) => !READS.has(method)),
);

export const mayChangeTasks = (method: unknown): boolean => TASK_CHANGING.has(method);

export function refreshAfterTaskChanges(
  dispatch: Dispatch,
  refresh: () => void,
  report: (cause: unknown) => void = console.error,
): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (result.ok && mayChangeTasks(method)) {
      // The call succeeded; a tray that failed to update must not turn it into a failure.
      try {
        refresh();
      } catch (cause) {
        report(cause);
      }
    }
    return result;
  };
}
