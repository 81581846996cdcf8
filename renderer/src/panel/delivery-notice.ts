/** What the panel says after a paste or copy, as locale keys (the reason in words, never a code). */
import type { MethodOutput } from '../../../electron/api/contract';

export type DeliveryOutcome = MethodOutput<'phrases.deliver'>['outcome'];
type Reason = Extract<DeliveryOutcome, { status: 'copiedOnly' }>['reason'];

const REASON_KEYS: Readonly<Record<Reason, string>> = {
  accessibilityDenied: 'panel.reason.accessibilityDenied',
  injectionFailed: 'panel.reason.injectionFailed',
  unsupported: 'panel.reason.unsupported',
  elevatedTarget: 'panel.reason.elevatedTarget',
  focusLost: 'panel.reason.focusLost',
};

export interface DeliveryNotice {
  tone: 'success' | 'warning';
  messageKey: string;
  reasonKey: string | null;
}

export function deliveryNotice(outcome: DeliveryOutcome): DeliveryNotice {
  switch (outcome.status) {
    case 'pasted':
      return { tone: 'success', messageKey: 'panel.outcome.pasted', reasonKey: null };
    case 'copied':
      return { tone: 'success', messageKey: 'panel.outcome.copied', reasonKey: null };
    case 'copiedOnly':
      return {
        tone: 'warning',
        messageKey: 'panel.outcome.copiedOnly',
        reasonKey: REASON_KEYS[outcome.reason],
      };
  }
}
