import { describe, expect, it } from 'vitest';
import { deliveryNotice } from './delivery-notice';

describe('deliveryNotice', () => {
  it('confirms a paste and a copy', () => {
    expect(deliveryNotice({ status: 'pasted' })).toEqual({
      tone: 'success',
      messageKey: 'panel.outcome.pasted',
      reasonKey: null,
    });
    expect(deliveryNotice({ status: 'copied' }).messageKey).toBe('panel.outcome.copied');
  });

  it('warns with the reason in words when only the clipboard could be written', () => {
    expect(deliveryNotice({ status: 'copiedOnly', reason: 'elevatedTarget' })).toEqual({
      tone: 'warning',
      messageKey: 'panel.outcome.copiedOnly',
      reasonKey: 'panel.reason.elevatedTarget',
    });
  });
});
