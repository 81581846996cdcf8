/**
 * Admin endpoints (an admin token of the shop): create an agent, whose token is answered once,
 * and revoke tokens; a supervisor's or admin's token sets an agent's position (岗位). The CLI does the same against the database directly.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ServerDb } from '../database/storage';
import type { Caller } from '../auth/caller';
import { changeAgentPosition, createAgent, revokeAgentTokens, revokeTokenById } from '../admin/shop-admin';
import { agentCodeSchema, newAgentFields, positionSchema, tokenIdSchema } from '../admin/admin-fields';
import { parseRequest } from './request-body';
import { SyncError } from './sync-error';

export const ADMIN_PATHS = {
  agents: '/v1/admin/agents',
  revokeToken: '/v1/admin/tokens/revoke',
  position: '/v1/admin/agents/position',
} as const;

const versions = { schemaVersion: z.number().int().positive(), appVersion: z.string().min(1).max(40) };

export const createAgentRequestSchema = z.strictObject({ ...versions, ...newAgentFields });

export const revokeTokenRequestSchema = z
  .strictObject({
    ...versions,
    agentCode: agentCodeSchema.optional(),
    tokenId: tokenIdSchema.optional(),
  })
  .refine((body) => (body.agentCode === undefined) !== (body.tokenId === undefined), {
    message: 'give exactly one of agentCode or tokenId',
    path: ['agentCode'],
  });

/** 岗位 of one agent of the caller's shop: a supervisor's or admin's token (audited). */
export const changePositionRequestSchema = z.strictObject({
  ...versions,
  agentCode: agentCodeSchema,
  position: positionSchema,
});

type Hooks = { bodyVersions(body: unknown): void; caller(request: FastifyRequest): Promise<Caller> };

async function admin(hooks: Hooks, request: FastifyRequest): Promise<Caller> {
  hooks.bodyVersions(request.body);
  const who = await hooks.caller(request);
  if (who.role !== 'admin') throw new SyncError('forbidden', 'Admin endpoints need an admin token.');
  return who;
}

export function registerAdminRoutes(app: FastifyInstance, db: ServerDb, hooks: Hooks): void {
  app.post(ADMIN_PATHS.agents, async (request, reply) => {
    const who = await admin(hooks, request);
    const body = parseRequest(createAgentRequestSchema, request.body);
    const issued = await createAgent(db, {
      shopId: who.shopId,
      code: body.code,
      name: body.name,
      role: body.role,
      position: body.position ?? null,
    });
    return reply.code(201).send(issued);
  });

  app.post(ADMIN_PATHS.position, async (request) => {
    hooks.bodyVersions(request.body);
    const who = await hooks.caller(request);
    if (who.role === 'agent')
      throw new SyncError('forbidden', 'Setting a position needs a supervisor or admin token.');
    const body = parseRequest(changePositionRequestSchema, request.body);
    const changed = await changeAgentPosition(db, who, body.agentCode, body.position);
    return { agentCode: body.agentCode, position: changed.position, previous: changed.previous };
  });

  app.post(ADMIN_PATHS.revokeToken, async (request) => {
    const who = await admin(hooks, request);
    const body = parseRequest(revokeTokenRequestSchema, request.body);
    const revoked = body.agentCode
      ? await revokeAgentTokens(db, who.shopId, body.agentCode)
      : await revokeTokenById(db, body.tokenId!, who.shopId);
    return { revoked };
  });
}
