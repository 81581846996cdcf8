import { describe, expect, it } from 'vitest';
import { locationOfHash } from '../shell/nav-items';
import { phraseGroupHash, stepTargetHash } from './step-target-hash';

describe('stepTargetHash', () => {
  it('opens the order list with the step filter as hash parameters', () => {
    const hash = stepTargetHash({ page: 'orders', filter: { unpaid: true } });
    expect(hash).toBe('#/orders?unpaid=1');
    expect(stepTargetHash({ page: 'orders', filter: { shippedDaysNotSigned: 3 } })).toBe(
      '#/orders?notSignedDays=3',
    );
    expect(locationOfHash(hash).page).toBe('orders');
  });

  it('opens the task queue on a kind, the returns day and the buyers', () => {
    expect(stepTargetHash({ page: 'tasks', kind: 'shipNotice' })).toBe('#/tasks?kind=shipNotice');
    expect(stepTargetHash({ page: 'tasks', kind: null })).toBe('#/tasks');
    expect(stepTargetHash({ page: 'returns' })).toBe('#/orders/returns');
    expect(stepTargetHash({ page: 'inquiries' })).toBe('#/customers');
  });
});

describe('phraseGroupHash', () => {
  it('opens the reply panel searching the group, coming back here on Esc', () => {
    expect(phraseGroupHash('售前 催付')).toBe('#/panel?q=%E5%94%AE%E5%89%8D+%E5%82%AC%E4%BB%98&back=1');
  });
});
