/**
 * What the 税号 field says while the agent types, from common/invoices/tax-number.ts: a wrong
 * character with its position at once, the expected check character once all 18 are in, and a
 * count (not an error) while the number is still short, so the agent is not scolded mid-typing.
 * Pure, so each case is tested; the messages are locale keys with their parameters.
 */
import { CREDIT_CODE_LENGTH, checkTaxNumber, normaliseTaxNumber } from '../../../common/invoices/tax-number';

export type TaxNumberTone = 'none' | 'progress' | 'ok' | 'warning' | 'error';

export interface TaxNumberFeedback {
  tone: TaxNumberTone;
  messageKey: string | null;
  params: Record<string, string | number>;
}

const NONE: TaxNumberFeedback = { tone: 'none', messageKey: null, params: {} };

export function taxNumberFeedback(typed: string): TaxNumberFeedback {
  const result = checkTaxNumber(typed);
  if (result.ok) {
    if (result.warning === 'legacy15')
      return { tone: 'warning', messageKey: 'invoices.warning.taxNumberLegacy15', params: {} };
    if (result.warning === 'legacy20')
      return { tone: 'warning', messageKey: 'invoices.warning.taxNumberLegacy20', params: {} };
    return { tone: 'ok', messageKey: 'invoices.taxNo.valid', params: {} };
  }
  switch (result.reason) {
    case 'empty':
      return NONE;
    case 'character':
      return {
        tone: 'error',
        messageKey: 'invoices.taxNo.character',
        params: { position: result.position, character: result.character },
      };
    case 'checkCharacter':
      return {
        tone: 'error',
        messageKey: 'invoices.taxNo.checkCharacter',
        params: { expected: result.expected, actual: result.actual },
      };
    case 'length': {
      const length = Array.from(normaliseTaxNumber(typed)).length;
      // Short of 18 the agent is still typing (or has a legacy number): a count, not a refusal.
      if (length < CREDIT_CODE_LENGTH)
        return { tone: 'progress', messageKey: 'invoices.taxNo.progress', params: { length } };
      return { tone: 'error', messageKey: 'invoices.taxNo.length', params: { length } };
    }
  }
}
