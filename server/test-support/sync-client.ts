/**
 * A minimal desk for the server tests: real HTTP requests in the protocol's shapes, mutation ids
 * counted per client, and full rows built from the synced tables' column list.
 */
import { randomUUID } from 'node:crypto';
import {
  SYNC_PATHS,
  SYNC_SCHEMA_VERSION,
  type PullResponse,
  type PushResponse,
} from '../../common/sync/protocol';
import { isListColumn } from '../../common/sync/field-limits';
import { SERVER_COLUMNS } from '../../common/sync/row-schema';
import { SYNC_COLUMNS } from '../../common/sync/sync-columns.generated';
import type { SyncTable } from '../../common/sync/sync-tables';

export const VERSIONS = { schemaVersion: SYNC_SCHEMA_VERSION, appVersion: '0.1.0' } as const;
export const VERSION_HEADERS = {
  'x-kefu-schema-version': String(SYNC_SCHEMA_VERSION),
  'x-kefu-app-version': '0.1.0',
};

export type Answer<T = unknown> = { status: number; body: T; headers: Headers };

export async function postJson<T = unknown>(
  url: string,
  body: unknown,
  token?: string,
  rawBody?: string,
): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: rawBody ?? JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

export async function getJson<T = unknown>(
  url: string,
  token?: string,
  headers: Record<string, string> = VERSION_HEADERS,
): Promise<Answer<T>> {
  const response = await fetch(url, {
    headers: { ...headers, ...(token && { authorization: `Bearer ${token}` }) },
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** A whole row of `table` for a put: defaults for every client column, then `values`. */
export function fullRow(table: SyncTable, values: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  const row: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(SYNC_COLUMNS[table]) as [
    string,
    { type: string; notNull: boolean; enum?: readonly string[] },
  ][]) {
    if ((SERVER_COLUMNS as readonly string[]).includes(name)) continue;
    if (!spec.notNull) row[name] = null;
    else if (spec.enum) row[name] = spec.enum[0];
    else row[name] = spec.type === 'integer' ? 0 : isListColumn(name) ? '[]' : '';
  }
  return { ...row, id: randomUUID(), created_at: now, updated_at: now, ...values };
}

export type MutationInput = { name: string; args: Record<string, unknown> };

export const put = (table: SyncTable, row: Record<string, unknown>): MutationInput => ({
  name: `${table}.put`,
  args: row,
});
export const patch = (table: SyncTable, id: string, fields: Record<string, unknown>): MutationInput => ({
  name: `${table}.patch`,
  args: { id, fields },
});
export const remove = (table: SyncTable, id: string, deletedAt = Date.now()): MutationInput => ({
  name: `${table}.delete`,
  args: { id, deletedAt },
});

export class TestDesk {
  readonly clientId: string;
  lastSent = 0;

  constructor(
    public baseUrl: string,
    public token: string,
    clientId: string = randomUUID(),
  ) {
    this.clientId = clientId;
  }

  /** The request body of a push of `inputs`, numbered after the last one sent. */
  pushBody(inputs: readonly MutationInput[], firstId = this.lastSent + 1) {
    return {
      ...VERSIONS,
      clientId: this.clientId,
      mutations: inputs.map((input, index) => ({ id: firstId + index, createdAt: Date.now(), ...input })),
    };
  }

  async pushRaw(body: unknown): Promise<Answer<PushResponse>> {
    return postJson<PushResponse>(this.baseUrl + SYNC_PATHS.push, body, this.token);
  }

  /** Pushes and expects 200; numbers advance only then. */
  async push(...inputs: MutationInput[]): Promise<PushResponse> {
    const answer = await this.pushRaw(this.pushBody(inputs));
    if (answer.status !== 200)
      throw new Error(`push answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    this.lastSent += inputs.length;
    return answer.body;
  }

  async pullRaw(since: number, limit?: number): Promise<Answer<PullResponse>> {
    return postJson<PullResponse>(
      this.baseUrl + SYNC_PATHS.pull,
      { ...VERSIONS, clientId: this.clientId, since, ...(limit && { limit }) },
      this.token,
    );
  }

  async pull(since = 0, limit?: number): Promise<PullResponse> {
    const answer = await this.pullRaw(since, limit);
    if (answer.status !== 200)
      throw new Error(`pull answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Every page from `since` until nothing is left. */
  async pullAll(since = 0, limit?: number): Promise<PullResponse['rows']> {
    const all: PullResponse['rows'] = [];
    let cursor = since;
    for (;;) {
      const page = await this.pull(cursor, limit);
      all.push(...page.rows);
      cursor = page.cursor;
      if (!page.hasMore) return all;
    }
  }
}
