/**
 * The range of desktop apps this server serves. Outside it the answer is 426 `updateRequired`,
 * so an old desk asks its user to update instead of writing rows the server no longer reads.
 */
import { SYNC_SCHEMA_VERSION } from '../../common/sync/protocol';
import { SyncError } from './sync-error';

export const SUPPORTED_CLIENTS = {
  minSchemaVersion: SYNC_SCHEMA_VERSION,
  maxSchemaVersion: SYNC_SCHEMA_VERSION,
  minAppVersion: '0.1.0',
} as const;

const APP_VERSION = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

const parts = (version: string): number[] | null => {
  const match = APP_VERSION.exec(version);
  return match ? match.slice(1, 4).map(Number) : null;
};

/**
 * `source` names where the client put the versions (the JSON body of a POST, headers of a GET),
 * so the message names the field to fix.
 */
export function checkClientVersions(
  schemaVersion: unknown,
  appVersion: unknown,
  source: 'body' | 'headers',
): void {
  const schemaField = source === 'body' ? 'schemaVersion' : 'x-kefu-schema-version header';
  const appField = source === 'body' ? 'appVersion' : 'x-kefu-app-version header';
  const schema =
    source === 'headers' && typeof schemaVersion === 'string' ? Number(schemaVersion) : schemaVersion;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1)
    throw new SyncError('badRequest', `${schemaField}: required, a positive whole number.`, {
      field: schemaField,
    });
  if (typeof appVersion !== 'string' || !parts(appVersion))
    throw new SyncError('badRequest', `${appField}: required, a version like 1.2.3.`, { field: appField });
  const { minSchemaVersion, maxSchemaVersion, minAppVersion } = SUPPORTED_CLIENTS;
  const details = { schemaVersion: schema, appVersion, minSchemaVersion, maxSchemaVersion, minAppVersion };
  if (schema < minSchemaVersion || schema > maxSchemaVersion)
    throw new SyncError(
      'updateRequired',
      `${schemaField}: ${schema} is not supported; this server speaks sync schema ${minSchemaVersion}–${maxSchemaVersion}. ${schema > maxSchemaVersion ? 'Update the server.' : 'Update the app.'}`,
      details,
    );
  if (compareVersions(parts(appVersion)!, parts(minAppVersion)!) < 0)
    throw new SyncError(
      'updateRequired',
      `${appField}: ${appVersion} is too old; this server needs app version ${minAppVersion} or newer.`,
      details,
    );
}
