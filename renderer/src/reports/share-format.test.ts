import { describe, expect, it } from 'vitest';
import { formatShare } from './share-format';

describe('formatShare', () => {
  it('shows a share with one decimal', () => {
    expect(formatShare(0.5)).toBe('50.0%');
    expect(formatShare(2 / 3)).toBe('66.7%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatShare(0)).toBe('0.0%');
  });

  it('shows a dash without inquiries', () => {
    expect(formatShare(null)).toBe('—');
  });
});
