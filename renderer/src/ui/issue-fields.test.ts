import { describe, expect, it } from 'vitest';
import { issueField, placeFieldIssues, validationIssues } from './issue-fields';

const FIELDS = ['title', 'tags', 'panel', 'pinned.3.accelerator'];
const issue = (path: (string | number)[], messageKey = 'validation.custom') => ({
  path,
  messageKey,
  params: {},
});

describe('issue → form field', () => {
  it('finds the field by the longest matching path prefix', () => {
    expect(issueField(['tags', 2], FIELDS)).toBe('tags');
    expect(issueField(['pinned', 3, 'accelerator'], FIELDS)).toBe('pinned.3.accelerator');
    expect(issueField(['pinned', 4, 'accelerator'], FIELDS)).toBeNull();
    expect(issueField([], FIELDS)).toBeNull();
  });

  it('keeps the first issue per field and sends the rest to the banner', () => {
    const a = issue(['title'], 'validation.phrase.titleRequired');
    const b = issue(['title'], 'validation.too_big');
    const c = issue(['groupId']);
    expect(placeFieldIssues([a, b, c], FIELDS)).toEqual({ byField: { title: a }, unplaced: [c] });
  });

  it('reads issues only from validation errors', () => {
    const issues = [issue(['title'])];
    expect(
      validationIssues({ code: 'validation', messageKey: 'errors.validation', details: { issues } }),
    ).toBe(issues);
    expect(validationIssues({ code: 'forbidden', messageKey: 'errors.forbidden', details: {} })).toEqual([]);
  });
});
