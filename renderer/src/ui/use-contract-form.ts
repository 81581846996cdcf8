/**
 * The state every form that saves through the contract keeps: the host's validation issues under
 * their fields (kept as keys, so switching language re-translates them), the rest in a banner,
 * and the IME-safe keys (Enter confirming a candidate never submits; Esc cancels, Ctrl/⌘+Enter
 * submits, where the form offers them).
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ApiError, ApiResult, ValidationIssue } from '../../../electron/api/api-result';
import { translateApiMessage } from '../i18n/api-message';
import { formKeyAction, placeFailure, type FormFailure } from './contract-form';
import { issueField, validationIssues, type IssuePath, type IssuesByField } from './issue-fields';

export interface ContractFormOptions<F extends string> {
  /** The form's fields in display order. */
  fields: readonly F[];
  /** Where an issue lands; by default on the longest prefix of its path that is a field. */
  fieldOf?: (path: IssuePath) => F | null;
  /** Given, the first field with an issue is focused after a failure. */
  fieldId?: (field: F) => string;
  /** How a field's issue reads; by default its message key, translated. */
  issueText?: (t: TFunction, issue: ValidationIssue) => string;
  /** Esc, outside IME composition. */
  onCancel?: () => void;
  /** Ctrl/⌘+Enter, outside IME composition. */
  onSubmitShortcut?: (event: KeyboardEvent<HTMLFormElement>) => void;
}

const translatedIssue = (t: TFunction, issue: ValidationIssue) =>
  translateApiMessage(t, issue.messageKey, issue.params, 'validation.invalid_value');

export function useContractForm<F extends string>({
  fields,
  fieldOf = (path) => issueField(path, fields),
  fieldId,
  issueText = translatedIssue,
  onCancel,
  onSubmitShortcut,
}: ContractFormOptions<F>) {
  const { t } = useTranslation();
  const [issues, setIssues] = useState<IssuesByField<F>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);

  /** Shows a failure: the error's own validation issues unless the form found `raised` itself. */
  const fail = (error: ApiError, raised: readonly ValidationIssue[] = validationIssues(error)) => {
    const placed = placeFailure(error, raised, fields, fieldOf);
    setIssues(placed.byField);
    setFailure(placed.banner);
    if (placed.firstInvalid !== null && fieldId)
      document.getElementById(fieldId(placed.firstInvalid))?.focus();
  };

  /** Shows issues the form found itself, before calling the host (a yuan amount that does not parse …). */
  const failValidation = (issues: readonly ValidationIssue[]) =>
    fail({ code: 'validation', messageKey: 'errors.validation', details: { issues } });

  /** The call's value, with earlier issues cleared; or null, with the failure shown. */
  const handleResult = <T>(result: ApiResult<T>): T | null => {
    if (!result.ok) {
      fail(result.error);
      return null;
    }
    setIssues({});
    setFailure(null);
    return result.value;
  };

  /**
   * A field already marked is marked again with its current issue, or cleared once it is right;
   * when the last mark goes, so does the banner that pointed at the marks.
   */
  const recheck = (field: F, issue: ValidationIssue | null) => {
    if (!issues[field]) return;
    const next: IssuesByField<F> = { ...issues };
    if (issue) next[field] = issue;
    else delete next[field];
    setIssues(next);
    const marksLeft = Object.keys(next).length > 0;
    if (!marksLeft && failure?.error.code === 'validation' && failure.issues.length === 0) setFailure(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const action = formKeyAction(event);
    if (action === 'swallow') event.preventDefault();
    else if (action === 'cancel') onCancel?.();
    else if (action === 'submit') onSubmitShortcut?.(event);
  };

  const errorOf = (field: F): string | undefined => {
    const issue = issues[field];
    return issue && issueText(t, issue);
  };

  return { errorOf, failure, fail, failValidation, handleResult, onKeyDown, recheck };
}
