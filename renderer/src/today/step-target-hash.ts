/**
 * Where a checklist step's count leads: the hash of the list that shows those items (`#/orders?unpaid=1`,
 * `#/tasks?kind=shipNotice`, `#/orders/returns`). The filter travels as hash parameters so the
 * list page can open on it; pages that do not read a parameter still open on the right list.
 */
import type { MethodOutput } from '../../../electron/api/contract';
import { hashOf } from '../shell/nav-items';

export type ChecklistItem = MethodOutput<'checklist.today'>['items'][number];
export type StepTarget = NonNullable<ChecklistItem['target']>;

export function stepTargetHash(target: StepTarget): string {
  switch (target.page) {
    case 'orders': {
      const { unpaid, unverifiedAddress, shippedDaysNotSigned, logisticsException } = target.filter;
      return hashOf('orders', [], {
        ...(unpaid && { unpaid: '1' }),
        ...(unverifiedAddress && { unverifiedAddress: '1' }),
        ...(shippedDaysNotSigned !== undefined && { notSignedDays: String(shippedDaysNotSigned) }),
        ...(logisticsException && { logisticsException: '1' }),
      });
    }
    case 'tasks':
      return hashOf('tasks', [], target.kind ? { kind: target.kind } : {});
    case 'inquiries':
      return hashOf('customers');
    case 'returns':
      return hashOf('orders', ['returns']);
  }
}

/**
 * `#/panel?q=<group>&back=1`: the reply panel opens searching the step's phrase group, and Esc
 * comes back here (the same route the task list's quick reply uses).
 */
export function phraseGroupHash(groupName: string): string {
  return `#/panel?${new URLSearchParams({ q: groupName, back: '1' }).toString()}`;
}
