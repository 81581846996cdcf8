import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../electron/api/api-result';
import { formKeyAction, placeFailure, type FormKeyEvent } from './contract-form';
import { issueField } from './issue-fields';

const FIELDS = ['title', 'tags', 'scope'] as const;
const byPrefix = (path: readonly (string | number)[]) => issueField(path, FIELDS);
const ERROR: ApiError = { code: 'validation', messageKey: 'errors.validation', details: {} };
const issue = (path: (string | number)[], messageKey = 'validation.custom') => ({
  path,
  messageKey,
  params: {},
});

describe('placeFailure', () => {
  it('puts issues under their fields, the rest in the banner, and focuses the first field in form order', () => {
    const scope = issue(['scope']);
    const tag = issue(['tags', 1]);
    const other = issue(['groupId']);
    expect(placeFailure(ERROR, [scope, tag, other], FIELDS, byPrefix)).toEqual({
      byField: { scope, tags: tag },
      banner: { error: ERROR, issues: [other] },
      firstInvalid: 'tags',
    });
  });

  it('shows a failure without issues in the banner alone', () => {
    const forbidden: ApiError = { code: 'forbidden', messageKey: 'errors.forbidden', details: {} };
    expect(placeFailure(forbidden, [], FIELDS, byPrefix)).toEqual({
      byField: {},
      banner: { error: forbidden, issues: [] },
      firstInvalid: null,
    });
  });

  it('places by the form’s own mapping when paths and fields differ', () => {
    const name = issue(['agent', 'name']);
    const placed = placeFailure(ERROR, [name], ['agentName'] as const, (path) =>
      path.join('.') === 'agent.name' ? 'agentName' : null,
    );
    expect(placed.byField).toEqual({ agentName: name });
    expect(placed.firstInvalid).toBe('agentName');
  });
});

describe('formKeyAction', () => {
  const key = (k: string, extra: Partial<FormKeyEvent> = {}): FormKeyEvent => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    nativeEvent: { isComposing: false, keyCode: 0 },
    ...extra,
  });
  const composing = { nativeEvent: { isComposing: true, keyCode: 229 } };

  it('swallows Enter that confirms an IME candidate and leaves other composing keys to the IME', () => {
    expect(formKeyAction(key('Enter', composing))).toBe('swallow');
    expect(formKeyAction(key('Enter', { ...composing, ctrlKey: true }))).toBe('swallow');
    expect(formKeyAction(key('Escape', composing))).toBeNull();
    expect(formKeyAction(key('Enter', { nativeEvent: { keyCode: 229 } }))).toBe('swallow');
  });

  it('cancels on Esc and submits on Ctrl/⌘+Enter outside composition', () => {
    expect(formKeyAction(key('Escape'))).toBe('cancel');
    expect(formKeyAction(key('Enter', { ctrlKey: true }))).toBe('submit');
    expect(formKeyAction(key('Enter', { metaKey: true }))).toBe('submit');
  });

  it('leaves plain Enter (native submit) and typing alone', () => {
    expect(formKeyAction(key('Enter'))).toBeNull();
    expect(formKeyAction(key('a'))).toBeNull();
  });
});
