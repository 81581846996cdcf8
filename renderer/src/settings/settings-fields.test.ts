import { describe, expect, it } from 'vitest';
import { fieldForIssuePath, PATH_OF_FIELD, placeIssues, SETTINGS_FIELDS } from './settings-fields';

const issue = (path: (string | number)[], messageKey = 'validation.custom') => ({
  path,
  messageKey,
  params: {},
});

describe('issue path → settings field', () => {
  it.each([
    [['language'], 'language'],
    [['agent', 'name'], 'agentName'],
    [['agent', 'agentCode'], 'agentCode'],
    [['agent', 'role'], 'role'],
    [['shop', 'name'], 'shopName'],
    [['shop', 'defaultCourier'], 'defaultCourier'],
    [['shop', 'freeShippingThresholdFen'], 'freeShippingThreshold'],
    [['shop', 'cutoffTime'], 'cutoffTime'],
    [['shop', 'timeZone'], 'timeZone'],
  ])('%j → %s', (path, field) => expect(fieldForIssuePath(path)).toBe(field));

  it.each([[[]], [['agent']], [['shop', 'currency']], [['agent', 'name', 0]], [['name']]])(
    'has no field for %j',
    (path) => expect(fieldForIssuePath(path)).toBeNull(),
  );

  it('knows a contract path for every field, and it maps back', () => {
    for (const field of SETTINGS_FIELDS) expect(fieldForIssuePath(PATH_OF_FIELD[field])).toBe(field);
  });

  it('keeps the first issue per field and sends issues without a field to the banner', () => {
    const first = issue(['agent', 'agentCode'], 'validation.agentCode.format');
    const second = issue(['agent', 'agentCode'], 'validation.too_big');
    const whole = issue([], 'validation.unrecognized_keys');
    const cutoff = issue(['shop', 'cutoffTime'], 'validation.cutoffTime.format');
    expect(placeIssues([first, whole, second, cutoff])).toEqual({
      byField: { agentCode: first, cutoffTime: cutoff },
      unplaced: [whole],
    });
  });
});
