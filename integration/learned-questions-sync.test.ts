/**
 * Learned buyer questions across desks (issue 15): each agent's picks are rows of its own that
 * every desk of the shop reads, so the engine sums them; a supervisor's prune tombstones every
 * agent's row, and no desk learns that question for that phrase again. Runs on the embedded
 * server (PGlite) and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../common/suggest/question-text';
import type { PasteInjector } from '../electron/core/platform/paste-injector';
import { POSTGRES_ENV, startServerLab, type ServerLab } from './support/server-lab';
import { openSyncedDesk } from './support/synced-desk';

const MORNING = Date.UTC(2026, 11, 6, 1, 0);

/** No chat client here: a paste lands nowhere, and is recorded like any other. */
const injector: PasteInjector = { paste: async () => ({ status: 'pasted' }), copy: async () => undefined };

for (const kind of ['pglite', 'postgres'] as const) {
  if (kind === 'postgres' && !process.env[POSTGRES_ENV] && process.env.KEFU_SKIP_POSTGRES === '1') {
    console.warn(
      `SKIPPED: learned questions on PostgreSQL need ${POSTGRES_ENV} (KEFU_SKIP_POSTGRES=1 is set).`,
    );
    continue;
  }
  describe(`learned questions between desks [${kind}]`, () => {
    let lab: ServerLab;
    beforeAll(async () => {
      lab = await startServerLab(kind);
    }, 60_000);
    afterAll(() => lab?.stop());

    it('sums every agent’s picks on every desk; a supervisor’s prune reaches them all and is never learned again', async () => {
      const [supervisor, agentA, agentB] = await lab.newShop(`学习店 ${kind}`, [
        { code: 's01', role: 'supervisor' },
        { code: 'kf101', role: 'agent' },
        { code: 'kf102', role: 'agent' },
      ]);
      let now = MORNING;
      const clock = { now: () => now };
      const desk = async (role: 'agent' | 'supervisor', token: string, prefix: string) => {
        return openSyncedDesk(lab.url(), token, { clock, role, prefix, injector });
      };
      const s = await desk('supervisor', supervisor!.token, 'kefu-learned-s-');
      const a = await desk('agent', agentA!.token, 'kefu-learned-a-');
      const b = await desk('agent', agentB!.token, 'kefu-learned-b-');
      const phraseOf = async (d: typeof a, shortcut: string) =>
        (await d.call('phrases.library')).phrases.find((p) => p.shortcut === shortcut)!.id;
      const ship = await phraseOf(a, 'fh');
      expect(await phraseOf(b, 'fh')).toBe(ship);
      expect(await phraseOf(s, 'fh')).toBe(ship);
      const pick = (phraseId: string, text: string) => ({
        phraseId,
        mode: 'paste',
        question: { text, via: 'suggestion' },
      });

      // The supervisor's desk has its suggestions loaded before the picks arrive: pulls update them.
      const shipHit = async (d: typeof a, question: string) =>
        (await d.call('phrases.suggest', { question, limit: 10 })).hits.find(
          (hit) => hit.phrase.id === ship,
        )!;
      expect((await shipHit(s, '我的啥时候发货')).why.question).not.toBe(normalizeQuestion('我的啥时候发货'));

      now += 60_000;
      await a.call('phrases.deliver', pick(ship, '亲 我的啥时候发货呀？'));
      now += 60_000;
      await b.call('phrases.deliver', pick(ship, '我的啥时候发货'));
      await b.call('phrases.deliver', pick(await phraseOf(b, 'kd'), '能发顺丰吗'));
      await a.sync();
      await b.sync();
      await a.sync();
      await s.sync();
      // Both agents' wordings are one question once normalised (亲, 呀, the question mark).
      const asked = normalizeQuestion('我的啥时候发货');
      expect(normalizeQuestion('亲 我的啥时候发货呀？')).toBe(asked);
      const learnedOn = async (d: typeof a) =>
        (await d.call('phrases.questions', { phraseId: ship })).learned;
      for (const d of [a, b, s])
        expect(await learnedOn(d)).toEqual([{ text: asked, picks: 2, lastUsedAt: MORNING + 120_000 }]);
      expect((await shipHit(s, '我的啥时候发货')).why.question).toBe(asked);
      expect((await shipHit(b, '我的啥时候发货')).why.question).toBe(asked);
      const serverRows = (await lab.rowsOf(supervisor!.whoAmI.shopId)).filter(
        (r) => r.table === 'phrase_questions',
      );
      expect(serverRows.map((r) => r.ownerId).sort()).toEqual(
        [agentA!.whoAmI.agentId, agentB!.whoAmI.agentId, agentB!.whoAmI.agentId].sort(),
      );

      // An agent cannot prune; the supervisor's prune tombstones both agents' rows everywhere.
      expect(await a.dispatch('phrases.pruneQuestion', { phraseId: ship, text: asked })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      now += 60_000;
      await s.call('phrases.pruneQuestion', { phraseId: ship, text: asked });
      await s.sync();
      await a.sync();
      await b.sync();
      for (const d of [a, b, s]) expect(await learnedOn(d)).toEqual([]);
      // B's loaded suggestions held it; the pulled prune takes it out of them.
      expect((await shipHit(b, '我的啥时候发货')).why.question).not.toBe(asked);

      // Picked again for that phrase on an agent's desk: not learned, nothing new reaches the server.
      now += 60_000;
      await a.call('phrases.deliver', pick(ship, '我的啥时候发货呀'));
      await a.sync();
      await b.sync();
      expect(await learnedOn(a)).toEqual([]);
      expect(await learnedOn(b)).toEqual([]);
      const after = (await lab.rowsOf(supervisor!.whoAmI.shopId)).filter(
        (r) => r.table === 'phrase_questions' && r.data.phrase_id === ship,
      );
      expect(after.map((r) => r.deletedAt)).toEqual([MORNING + 180_000, MORNING + 180_000]);
      // Another phrase's question is not touched by the prune.
      const courier = await phraseOf(a, 'kd');
      expect((await a.call('phrases.questions', { phraseId: courier })).learned).toMatchObject([
        { text: normalizeQuestion('能发顺丰吗'), picks: 1 },
      ]);
    }, 120_000);
  });
}
