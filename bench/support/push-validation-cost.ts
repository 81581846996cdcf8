/**
 * What a push costs the server before the database sees it, measured on the same bodies the
 * bench sends: JSON.parse of the request body, then the protocol's request schema and every
 * mutation's per-table schema (checkMutationBatch), as the push route runs them. Tells how much
 * of the gap between push and the plain-INSERT floor is validation.
 */
import { randomUUID } from 'node:crypto';
import { pushRequestSchema } from '../../common/sync/protocol';
import { checkMutationBatch } from '../../server/sync/mutation-batch';
import { VERSIONS, type MutationInput } from '../../server/test-support/sync-client';

export function validationCost(batches: readonly MutationInput[][]): {
  parseJsonMs: number;
  validateMs: number;
} {
  const clientId = randomUUID();
  let next = 1;
  const bodies = batches.map((batch) =>
    JSON.stringify({
      ...VERSIONS,
      clientId,
      mutations: batch.map((input) => ({ id: next++, createdAt: Date.now(), ...input })),
    }),
  );
  let parseJsonMs = 0;
  let validateMs = 0;
  for (const body of bodies) {
    const parsing = performance.now();
    const json: unknown = JSON.parse(body);
    const validating = performance.now();
    checkMutationBatch(pushRequestSchema.parse(json).mutations);
    const done = performance.now();
    parseJsonMs += validating - parsing;
    validateMs += done - validating;
  }
  return { parseJsonMs, validateMs };
}
