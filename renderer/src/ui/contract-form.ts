/**
 * The decisions behind `useContractForm`, apart from React so they are tested: where a failed
 * call's issues go (under their fields or into the banner, and which field takes focus), and what
 * a key press in a form means (the IME owns Enter and Esc while composing).
 */
import type { ApiError, ValidationIssue } from '../../../electron/api/api-result';
import { isImeComposing, type KeyEventLike } from './ime';
import { placeIssuesBy, type IssuePath, type IssuesByField } from './issue-fields';

/** What the banner shows: the host's error and the issues that fit no field. */
export interface FormFailure {
  error: ApiError;
  issues: ValidationIssue[];
}

export interface PlacedFailure<F extends string> {
  byField: IssuesByField<F>;
  banner: FormFailure;
  /** The first field, in form order, with an issue: where focus goes. */
  firstInvalid: F | null;
}

export function placeFailure<F extends string>(
  error: ApiError,
  issues: readonly ValidationIssue[],
  fields: readonly F[],
  fieldOf: (path: IssuePath) => F | null,
): PlacedFailure<F> {
  const { byField, unplaced } = placeIssuesBy(issues, fieldOf);
  return {
    byField,
    banner: { error, issues: unplaced },
    firstInvalid: fields.find((field) => byField[field]) ?? null,
  };
}

export interface FormKeyEvent extends KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** `swallow`: Enter that confirms an IME candidate must never submit the form. */
export type FormKeyAction = 'swallow' | 'cancel' | 'submit' | null;

export function formKeyAction(event: FormKeyEvent): FormKeyAction {
  if (isImeComposing(event)) return event.key === 'Enter' ? 'swallow' : null;
  if (event.key === 'Escape') return 'cancel';
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'submit';
  return null;
}
