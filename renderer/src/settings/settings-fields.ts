/**
 * The settings form's fields and where the host's validation issues land on them. The host
 * speaks in contract paths (`['agent', 'agentCode']`); the form speaks in fields.
 */
import type { ValidationIssue } from '../../../electron/api/api-result';

export const SETTINGS_FIELDS = [
  'language',
  'agentName',
  'agentCode',
  'role',
  'shopName',
  'defaultCourier',
  'freeShippingThreshold',
  'cutoffTime',
] as const;

export type SettingsField = (typeof SETTINGS_FIELDS)[number];

const FIELD_BY_PATH: Readonly<Record<string, SettingsField>> = {
  language: 'language',
  'agent.name': 'agentName',
  'agent.agentCode': 'agentCode',
  'agent.role': 'role',
  'shop.name': 'shopName',
  'shop.defaultCourier': 'defaultCourier',
  'shop.freeShippingThresholdFen': 'freeShippingThreshold',
  'shop.cutoffTime': 'cutoffTime',
};

/** The contract path of each field, for issues the form raises itself. */
export const PATH_OF_FIELD = Object.fromEntries(
  Object.entries(FIELD_BY_PATH).map(([path, field]) => [field, path.split('.')]),
) as Record<SettingsField, string[]>;

export function fieldForIssuePath(path: readonly (string | number)[]): SettingsField | null {
  return FIELD_BY_PATH[path.join('.')] ?? null;
}

export type FieldIssues = Partial<Record<SettingsField, ValidationIssue>>;

/** One message per field is enough (the first); issues that fit no field go to the banner. */
export function placeIssues(issues: readonly ValidationIssue[]): {
  byField: FieldIssues;
  unplaced: ValidationIssue[];
} {
  const byField: FieldIssues = {};
  const unplaced: ValidationIssue[] = [];
  for (const issue of issues) {
    const field = fieldForIssuePath(issue.path);
    if (field === null) unplaced.push(issue);
    else byField[field] ??= issue;
  }
  return { byField, unplaced };
}
