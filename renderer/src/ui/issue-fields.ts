/**
 * Where the host's validation issues land in the phrase, group, lint-rule and hotkey forms: the
 * issue path (`['tags', 2]`, `['pinned', 3, 'accelerator']`) names the field; one message per
 * field, anything else goes to the banner (as in the settings form).
 */
import type { ApiError, ValidationIssue } from '../../../electron/api/api-result';

export type IssuesByField = Record<string, ValidationIssue>;

/** `tags.2` belongs to the tags field; `pinned.3.accelerator` is its own field. */
export function issueField(path: readonly (string | number)[], fields: readonly string[]): string | null {
  for (let length = path.length; length > 0; length -= 1) {
    const candidate = path.slice(0, length).join('.');
    if (fields.includes(candidate)) return candidate;
  }
  return null;
}

export function placeFieldIssues(
  issues: readonly ValidationIssue[],
  fields: readonly string[],
): { byField: IssuesByField; unplaced: ValidationIssue[] } {
  const byField: IssuesByField = {};
  const unplaced: ValidationIssue[] = [];
  for (const issue of issues) {
    const field = issueField(issue.path, fields);
    if (field === null) unplaced.push(issue);
    else byField[field] ??= issue;
  }
  return { byField, unplaced };
}

/** The issues of a `validation` error, or none for any other failure. */
export function validationIssues(error: ApiError): ValidationIssue[] {
  if (error.code !== 'validation') return [];
  const issues = error.details.issues;
  return Array.isArray(issues) ? (issues as ValidationIssue[]) : [];
}
