/**
 * Where the host's validation issues land in a form: the issue path (`['tags', 2]`,
 * `['pinned', 3, 'accelerator']`, `['agent', 'name']`) names the field; one message per field,
 * anything else goes to the banner.
 */
import type { ApiError, ValidationIssue } from '../../../electron/api/api-result';

export type IssuePath = readonly (string | number)[];
export type IssuesByField<F extends string = string> = Partial<Record<F, ValidationIssue>>;
export interface PlacedIssues<F extends string = string> {
  byField: IssuesByField<F>;
  unplaced: ValidationIssue[];
}

/** `tags.2` belongs to the tags field; `pinned.3.accelerator` is its own field. */
export function issueField<F extends string>(path: IssuePath, fields: readonly F[]): F | null {
  for (let length = path.length; length > 0; length -= 1) {
    const candidate = path.slice(0, length).join('.');
    const field = fields.find((f) => f === candidate);
    if (field !== undefined) return field;
  }
  return null;
}

/** One message per field is enough (the first); issues `fieldOf` places nowhere go to the banner. */
export function placeIssuesBy<F extends string>(
  issues: readonly ValidationIssue[],
  fieldOf: (path: IssuePath) => F | null,
): PlacedIssues<F> {
  const byField: IssuesByField<F> = {};
  const unplaced: ValidationIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === null) unplaced.push(issue);
    else byField[field] ??= issue;
  }
  return { byField, unplaced };
}

/** Issues placed by the longest path prefix that is one of `fields`. */
export function placeFieldIssues<F extends string>(
  issues: readonly ValidationIssue[],
  fields: readonly F[],
): PlacedIssues<F> {
  return placeIssuesBy(issues, (path) => issueField(path, fields));
}

/** The issues of a `validation` error, or none for any other failure. */
export function validationIssues(error: ApiError): ValidationIssue[] {
  if (error.code !== 'validation') return [];
  const issues = error.details.issues;
  return Array.isArray(issues) ? (issues as ValidationIssue[]) : [];
}
