import { describe, expect, it } from 'vitest';
import { statusBackward } from './status-forward';

const allowed = (table: 'orders' | 'invoices' | 'escalations', from: string, to: string) =>
  statusBackward(table, 'x1', from, to) === null;

describe('status rules for synced writes', () => {
  it('invoices: forward along pending → issued → sent, skipping allowed; void from any, and final', () => {
    expect(allowed('invoices', 'pending', 'issued')).toBe(true);
    expect(allowed('invoices', 'pending', 'sent')).toBe(true);
    expect(allowed('invoices', 'sent', 'void')).toBe(true);
    expect(allowed('invoices', 'issued', 'issued')).toBe(true);
    expect(allowed('invoices', 'issued', 'pending')).toBe(false);
    expect(allowed('invoices', 'sent', 'issued')).toBe(false);
    expect(allowed('invoices', 'void', 'pending')).toBe(false);
    expect(allowed('invoices', 'void', 'sent')).toBe(false);
  });

  it('escalations: never waiting again once answered or taken over; taken over after an answer; closed is final', () => {
    expect(allowed('escalations', 'open', 'answered')).toBe(true);
    expect(allowed('escalations', 'answered', 'answered')).toBe(true);
    expect(allowed('escalations', 'answered', 'taken_over')).toBe(true);
    expect(allowed('escalations', 'open', 'closed')).toBe(true);
    expect(allowed('escalations', 'answered', 'open')).toBe(false);
    expect(allowed('escalations', 'taken_over', 'answered')).toBe(false);
    expect(allowed('escalations', 'closed', 'open')).toBe(false);
  });

  it('says which row and which move it refuses; tables without a status rule are not checked', () => {
    expect(statusBackward('orders', '5120', 'shipped', 'unpaid')).toBe(
      'status: order 5120 cannot go from shipped back to unpaid.',
    );
    expect(statusBackward('tasks', 't1', 'done', 'open')).toBeNull();
  });
});
