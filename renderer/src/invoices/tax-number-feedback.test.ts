import { describe, expect, it } from 'vitest';
import { taxNumberFeedback } from './tax-number-feedback';

describe('taxNumberFeedback', () => {
  it('says nothing for an empty field and counts while the number is short', () => {
    expect(taxNumberFeedback('  ').tone).toBe('none');
    expect(taxNumberFeedback('9135 0100')).toEqual({
      tone: 'progress',
      messageKey: 'invoices.taxNo.progress',
      params: { length: 8 },
    });
  });

  it('accepts a valid credit code, typed in lowercase with spaces', () => {
    expect(taxNumberFeedback('9135 0100 m000 100y 43')).toEqual({
      tone: 'ok',
      messageKey: 'invoices.taxNo.valid',
      params: {},
    });
  });

  it('names the expected check character of a wrong one', () => {
    expect(taxNumberFeedback('91350100M000100Y44')).toEqual({
      tone: 'error',
      messageKey: 'invoices.taxNo.checkCharacter',
      params: { expected: '3', actual: '4' },
    });
  });

  it('names the position of a character that cannot be in a 税号, before the number is complete', () => {
    expect(taxNumberFeedback('913501０0M号')).toEqual({
      tone: 'error',
      messageKey: 'invoices.taxNo.character',
      params: { position: 10, character: '号' },
    });
    expect(taxNumberFeedback('91350100O000100Y43')).toMatchObject({
      tone: 'error',
      params: { position: 9, character: 'O' },
    });
  });

  it('refuses a number that is too long and warns on a legacy 15-character one', () => {
    expect(taxNumberFeedback('91350100M000100Y431')).toMatchObject({
      tone: 'error',
      messageKey: 'invoices.taxNo.length',
      params: { length: 19 },
    });
    expect(taxNumberFeedback('350100123456789').tone).toBe('warning');
  });
});
