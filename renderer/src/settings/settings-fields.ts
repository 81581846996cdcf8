/**
 * The settings form's fields and where the host's validation issues land on them. The host
 * speaks in contract paths (`['agent', 'agentCode']`); the form speaks in fields.
 */
import type { ValidationIssue } from '../../../electron/api/api-result';
import { placeIssuesBy, type IssuePath, type PlacedIssues } from '../ui/issue-fields';

export const SETTINGS_FIELDS = [
  'language',
  'agentName',
  'agentCode',
  'role',
  'shopName',
  'defaultCourier',
  'freeShippingThreshold',
  'cutoffTime',
  'timeZone',
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
  'shop.timeZone': 'timeZone',
};

/** The contract path of each field, for issues the form raises itself. */
export const PATH_OF_FIELD = Object.fromEntries(
  Object.entries(FIELD_BY_PATH).map(([path, field]) => [field, path.split('.')]),
) as Record<SettingsField, string[]>;

export function fieldForIssuePath(path: IssuePath): SettingsField | null {
  return FIELD_BY_PATH[path.join('.')] ?? null;
}

/** One message per field is enough (the first); issues that fit no field go to the banner. */
export function placeIssues(issues: readonly ValidationIssue[]): PlacedIssues<SettingsField> {
  return placeIssuesBy(issues, fieldForIssuePath);
}
