import { describe, expect, it } from 'vitest';
import { RETURN_STATUSES } from '../../../db/enums';
import { assertReturnMove, canMoveReturn, nextReturnStatuses } from './return-status-flow';

describe('return status flow', () => {
  it('walks a return through goods back to money back', () => {
    expect(canMoveReturn('return', 'registered', 'awaitingReturn')).toBe(true);
    expect(canMoveReturn('return', 'awaitingReturn', 'received')).toBe(true);
    expect(canMoveReturn('return', 'received', 'refunded')).toBe(true);
    expect(canMoveReturn('exchange', 'received', 'exchanged')).toBe(true);
  });

  it('never pays out before the goods are back, except for 仅退款', () => {
    expect(canMoveReturn('return', 'registered', 'refunded')).toBe(false);
    expect(canMoveReturn('return', 'awaitingReturn', 'refunded')).toBe(false);
    expect(canMoveReturn('refundOnly', 'registered', 'refunded')).toBe(true);
    expect(canMoveReturn('refundOnly', 'registered', 'awaitingReturn')).toBe(false);
  });

  it('closes any open case and never reopens a closed one', () => {
    for (const from of RETURN_STATUSES.filter((s) => s !== 'closed')) {
      expect(canMoveReturn('return', from, 'closed')).toBe(true);
    }
    for (const to of RETURN_STATUSES) expect(canMoveReturn('exchange', 'closed', to)).toBe(false);
    expect(canMoveReturn('return', 'refunded', 'received')).toBe(false);
  });

  it('offers the next steps and names the refused move', () => {
    expect(nextReturnStatuses('refundOnly', 'registered')).toEqual(['refunded', 'closed']);
    expect(nextReturnStatuses('return', 'closed')).toEqual([]);
    expect(() => assertReturnMove('return', 'closed', 'registered')).toThrow(
      expect.objectContaining({
        messageKey: 'errors.return.badTransition',
        details: { from: 'closed', to: 'registered' },
      }),
    );
  });
});
