/**
 * The console's sign-in, sessions and request guards over real HTTP, on PGlite and PostgreSQL:
 * who may sign in, the cookie's flags, CSRF and cross-site refusals, expiry, sign-out, revoked
 * tokens, a session served by a second instance, the security headers, and the failed sign-in limit.
 */
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { revokeTokenById } from '../../admin/shop-admin';
import { agents, consoleSessions } from '../../database/schema';
import { describeEachStorage, seedShop, type TestShop } from '../../test-support/test-server';
import { CONSOLE_PATHS, CSRF_HEADER, SESSION_TTL_MS } from '../console-api';
import { CONSOLE_CSP } from '../api/console-guard';
import { ConsoleClient, errorKey } from './console-client';

describeEachStorage('console sessions', (env) => {
  let shop: TestShop;
  beforeAll(async () => {
    shop = await seedShop(env.storage);
  });

  it('signs a supervisor in: who, shop, CSRF token and an HttpOnly SameSite=Strict cookie (not Secure over plain HTTP)', async () => {
    const client = new ConsoleClient(env.url);
    const answer = await client.signIn(shop.supervisor.token);
    expect(answer.body.agent).toEqual({ code: 'S01', name: '客服S01', role: 'supervisor' });
    expect(answer.body.shop.name).toMatch(/测试店铺/);
    expect(answer.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = answer.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(new RegExp(`Max-Age=${SESSION_TTL_MS / 1000}`));
    expect(cookie).not.toMatch(/Secure/);
    // Only the id's hash is stored.
    const stored = await env.storage.db.select({ idHash: consoleSessions.idHash }).from(consoleSessions);
    expect(stored.map((row) => row.idHash)).not.toContain(client.cookie);
    const again = await client.get(CONSOLE_PATHS.session);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ agent: { code: 'S01' }, csrfToken: client.csrf });
  });

  it('signs an admin in', async () => {
    const answer = await new ConsoleClient(env.url).signIn(shop.admin.token);
    expect(answer.body.agent.role).toBe('admin');
  });

  it('refuses an agent’s token with 仅限主管 and no data, and an unknown token', async () => {
    const client = new ConsoleClient(env.url);
    const refused = await client.post(CONSOLE_PATHS.session, { token: shop.agent.token });
    expect(refused.status).toBe(403);
    expect(errorKey(refused)).toBe('console.error.supervisorsOnly');
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(Object.keys(refused.body as object)).toEqual(['error']);
    const unknown = await client.post(CONSOLE_PATHS.session, { token: 'kefu_not-a-real-token' });
    expect(unknown.status).toBe(401);
    expect(errorKey(unknown)).toBe('console.error.signInFailed');
    const bad = await client.post(CONSOLE_PATHS.session, { token: '' });
    expect(bad.status).toBe(400);
    expect(errorKey(bad)).toBe('console.error.badRequest');
    const none = await client.get(CONSOLE_PATHS.teamToday);
    expect(none.status).toBe(401);
    expect(errorKey(none)).toBe('console.error.notSignedIn');
  });

  it('makes the cookie Secure when the request came over TLS through a trusted proxy, and only then', async () => {
    const proxied = await env.startServer({ trustProxy: true });
    const overTls = await new ConsoleClient(proxied.url).signIn(shop.supervisor.token, {
      'x-forwarded-proto': 'https',
    });
    expect(overTls.headers.get('set-cookie')).toMatch(/; Secure/);
    // Without trustProxy the header is anyone's to send: not believed.
    const direct = await new ConsoleClient(env.url).signIn(shop.supervisor.token, {
      'x-forwarded-proto': 'https',
    });
    expect(direct.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('refuses a change without the CSRF token or with a wrong one, and a cross-site one', async () => {
    const client = new ConsoleClient(env.url);
    await client.signIn(shop.admin.token);
    const body = { code: 'N01', name: '新人', role: 'agent' };
    const missing = await client.post(CONSOLE_PATHS.agents, body, { csrf: false });
    expect(missing.status).toBe(403);
    expect(errorKey(missing)).toBe('console.error.csrf');
    const wrong = await client.post(CONSOLE_PATHS.agents, body, {
      csrf: false,
      headers: { [CSRF_HEADER]: 'x'.repeat(43) },
    });
    expect(errorKey(wrong)).toBe('console.error.csrf');
    const crossSite = await client.post(CONSOLE_PATHS.agents, body, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(errorKey(crossSite)).toBe('console.error.crossSite');
    // An older browser without Sec-Fetch-Site still sends Origin.
    const forged = await client.post(CONSOLE_PATHS.agents, body, {
      headers: { 'sec-fetch-site': '', origin: 'https://evil.example' },
    });
    expect(errorKey(forged)).toBe('console.error.crossSite');
    const forgedSignIn = await client.post(
      CONSOLE_PATHS.session,
      { token: shop.admin.token },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(errorKey(forgedSignIn)).toBe('console.error.crossSite');
    const [created] = await env.storage.db.select().from(agents).where(eq(agents.code, 'N01'));
    expect(created).toBeUndefined();
    const sameOrigin = await client.post(CONSOLE_PATHS.agents, body, {
      headers: { 'sec-fetch-site': '', origin: env.url },
    });
    expect(sameOrigin.status).toBe(201);
    // Behind a proxy that rewrites Host, the page's Origin is not what the server sees of itself:
    // the browser's Sec-Fetch-Site decides.
    const proxied = await client.post(
      CONSOLE_PATHS.agents,
      { ...body, code: 'N02' },
      { headers: { origin: 'https://kefu.example.com' } },
    );
    expect(proxied.status).toBe(201);
  });

  it('ends a session at sign-out, at expiry, when its token is revoked and when its agent is made an agent', async () => {
    const signedOut = new ConsoleClient(env.url);
    await signedOut.signIn(shop.supervisor.token);
    const ended = await signedOut.post(CONSOLE_PATHS.sessionEnd);
    expect(ended.status).toBe(200);
    expect(ended.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await signedOut.get(CONSOLE_PATHS.session)).status).toBe(401);

    const expired = new ConsoleClient(env.url);
    await expired.signIn(shop.supervisor.token);
    await env.storage.db.update(consoleSessions).set({ expiresAt: sql`now() - interval '1 second'` });
    expect(errorKey(await expired.get(CONSOLE_PATHS.teamToday))).toBe('console.error.notSignedIn');

    const second = await seedShop(env.storage);
    const revoked = new ConsoleClient(env.url);
    await revoked.signIn(second.supervisor.token);
    expect((await revoked.get(CONSOLE_PATHS.session)).status).toBe(200);
    await revokeTokenById(env.storage.db, second.supervisor.tokenId);
    expect((await revoked.get(CONSOLE_PATHS.session)).status).toBe(401);

    const demoted = new ConsoleClient(env.url);
    await demoted.signIn(second.admin.token);
    await env.storage.db.update(agents).set({ role: 'agent' }).where(eq(agents.id, second.admin.agentId));
    expect((await demoted.get(CONSOLE_PATHS.session)).status).toBe(401);
  });

  it('serves a session opened on one instance from another on the same database', async () => {
    const client = new ConsoleClient(env.url);
    await client.signIn(shop.supervisor.token);
    const other = await env.startServer();
    client.baseUrl = other.url;
    const answer = await client.get(CONSOLE_PATHS.session);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ agent: { code: 'S01' } });
  });

  it('sends the strict CSP and security headers on API answers and on the page', async () => {
    const client = new ConsoleClient(env.url);
    for (const path of [CONSOLE_PATHS.session, '/', '/team']) {
      const answer = await client.get(path);
      expect(answer.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CONSOLE_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    expect((await client.get(CONSOLE_PATHS.session)).headers.get('cache-control')).toBe('no-store');
  });

  it('limits failed sign-ins per address', async () => {
    const limited = await env.startServer({ failedAuthLimit: { max: 3, timeWindowMs: 60_000 } });
    const client = new ConsoleClient(limited.url);
    for (let i = 0; i < 3; i++)
      expect((await client.post(CONSOLE_PATHS.session, { token: `kefu_guess${i}` })).status).toBe(401);
    const refused = await client.post(CONSOLE_PATHS.session, { token: shop.supervisor.token });
    expect(refused.status).toBe(429);
    expect(errorKey(refused)).toBe('console.error.rateLimited');
  });
});
