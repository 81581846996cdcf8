import { describe, expect, it } from 'vitest';
import { briefingReads, briefings, dailyLogs } from '../../../db/schema';
import { naturalIds } from '../natural-id';
import { openTestDesk } from '../test-support/test-desk';
import { splitReaders } from './briefing-readers';
import { briefingSaveInputSchema } from './briefing-schema';

const MINUTE = 60_000;
/** 2026-11-24 09:00 in Shanghai (01:00 UTC). */
const MORNING = Date.UTC(2026, 10, 24, 1, 0);
const DAY = '2026-11-24';

function desk(role: 'agent' | 'supervisor') {
  const clock = { at: MORNING, now: () => clock.at };
  const { core, database, count } = openTestDesk({ clock, role, prefix: 'kefu-briefing-' });
  const who = core.settings.identity()!;
  return { core, database, count, clock, who };
}

const AGENTS = [
  { id: '11111111-1111-4111-8111-111111111111', agentCode: 'KF101', name: '王晓' },
  { id: '22222222-2222-4222-8222-222222222222', agentCode: 'KF102', name: '陈静' },
  { id: '33333333-3333-4333-8333-333333333333', agentCode: 'KF103', name: '李娜' },
];

describe('morning briefing', () => {
  it('the supervisor writes a draft, publishes it with pushed phrases, and edits it later', () => {
    const { core, clock, who } = desk('supervisor');
    const [first, second] = core.library.phrases().filter((p) => p.scope === 'team');
    expect(core.briefings.today()).toMatchObject({ day: DAY, briefing: null, editable: true });

    // As the contract hands it over: trimmed, defaults applied.
    const draft = core.briefings.save(
      briefingSaveInputSchema.parse({
        activities: '  双十二预热：全店满 299 减 30  ',
        focusProducts: '北欧实木餐桌',
        notes: '',
        phraseIds: [second!.id, first!.id, second!.id],
      }),
    );
    expect(draft.briefing).toMatchObject({
      day: DAY,
      activities: '双十二预热：全店满 299 减 30',
      publishedAt: null,
      phraseIds: [second!.id, first!.id],
    });
    expect(draft.briefing!.phrases.map((p) => p.title)).toEqual([second!.title, first!.title]);
    expect(draft.briefing!.id).toBe(naturalIds.briefing(who.shopId, DAY));

    clock.at += 5 * MINUTE;
    const published = core.briefings.save({
      activities: '双十二预热：全店满 299 减 30',
      focusProducts: '北欧实木餐桌',
      notes: '退款一律走平台',
      phraseIds: [first!.id],
      publish: true,
    });
    expect(published.briefing).toMatchObject({
      publishedAt: clock.at,
      publishedBy: who.agentId,
      notes: '退款一律走平台',
    });

    // An edit after publishing keeps the first publication.
    clock.at += 5 * MINUTE;
    const edited = core.briefings.save({
      activities: '双十二预热：全店满 299 减 40',
      focusProducts: '',
      notes: '',
      phraseIds: [],
      publish: true,
    });
    expect(edited.briefing).toMatchObject({
      activities: '双十二预热：全店满 299 减 40',
      publishedAt: published.briefing!.publishedAt,
      phrases: [],
    });
  });

  it('refuses a personal phrase or an unknown id in the push, naming phraseIds', () => {
    const { core } = desk('supervisor');
    const group = core.library.groups()[0]!;
    const mine = core.library.savePhrase({
      groupId: group.id,
      title: '我的话术',
      shortcut: '',
      body: '亲，这是我自己的话术',
      tags: [],
      stage: 'general',
      scope: 'personal',
    });
    for (const id of [mine.id, '44444444-4444-4444-8444-444444444444']) {
      expect(() =>
        core.briefings.save({
          activities: 'x',
          focusProducts: '',
          notes: '',
          phraseIds: [id],
          publish: true,
        }),
      ).toThrow(
        expect.objectContaining({
          code: 'validation',
          details: {
            issues: [
              expect.objectContaining({
                path: ['phraseIds'],
                messageKey: 'validation.briefing.phraseUnknown',
              }),
            ],
          },
        }),
      );
    }
    expect(core.briefings.today().briefing).toBeNull();
  });

  it('an agent may not write a briefing, even offline, nor list who has read it', () => {
    const { core, count } = desk('agent');
    expect(() =>
      core.briefings.save({
        activities: '我来写',
        focusProducts: '',
        notes: '',
        phraseIds: [],
        publish: true,
      }),
    ).toThrow(expect.objectContaining({ code: 'forbidden', messageKey: 'errors.briefing.supervisorsOnly' }));
    expect(() => core.briefings.reads()).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(count('briefings')).toBe(0);
    expect(core.briefings.today().editable).toBe(false);
  });

  it('an agent sees only a published briefing and acknowledges it once, keeping the first time', () => {
    const { core, database, clock, who } = desk('agent');
    const supervisorId = '55555555-5555-4555-8555-555555555555';
    // The supervisor's briefing as sync brings it: first a draft, then published.
    const id = naturalIds.briefing(who.shopId, DAY);
    database.db
      .insert(briefings)
      .values({
        id,
        shopId: who.shopId,
        ownerId: supervisorId,
        scope: 'team',
        day: DAY,
        activities: '上新：羊毛地毯',
        createdAt: clock.at,
        updatedAt: clock.at,
      })
      .run();
    expect(core.briefings.today().briefing).toBeNull();
    expect(() => core.briefings.acknowledge()).toThrow(
      expect.objectContaining({ messageKey: 'errors.briefing.noneToday' }),
    );

    database.db.update(briefings).set({ publishedAt: clock.at, publishedBy: supervisorId }).run();
    expect(core.briefings.today()).toMatchObject({
      briefing: { activities: '上新：羊毛地毯' },
      readAt: null,
    });

    clock.at += 12 * MINUTE;
    const readAt = clock.at;
    expect(core.briefings.acknowledge().readAt).toBe(readAt);
    clock.at += 30 * MINUTE;
    expect(core.briefings.acknowledge().readAt).toBe(readAt);
    expect(core.briefings.today().readAt).toBe(readAt);
    const rows = database.db.select().from(briefingReads).all();
    expect(rows).toEqual([
      expect.objectContaining({
        id: naturalIds.briefingRead(who.shopId, who.agentId, id),
        ownerId: who.agentId,
        briefingId: id,
        readAt,
        scope: 'personal',
      }),
    ]);
  });

  it('lists who has read it by time and who has not among the agents seen in synced daily logs', () => {
    const { core, database, clock, who } = desk('supervisor');
    const published = core.briefings.save({
      activities: '大促',
      focusProducts: '',
      notes: '',
      phraseIds: [],
      publish: true,
    });
    const briefingId = published.briefing!.id;
    expect(core.briefings.reads()).toEqual({ day: DAY, briefingId, read: [], unread: [] });

    const log = (agent: (typeof AGENTS)[number], day: string) =>
      database.db
        .insert(dailyLogs)
        .values({
          id: crypto.randomUUID(),
          shopId: who.shopId,
          ownerId: agent.id,
          scope: 'personal',
          day,
          payload: { agent: { id: agent.id, agentCode: agent.agentCode, name: agent.name } },
          computedAt: clock.at,
          createdAt: clock.at,
          updatedAt: clock.at,
        })
        .run();
    log(AGENTS[0]!, '2026-11-23');
    log(AGENTS[1]!, '2026-11-20');
    log(AGENTS[2]!, '2026-11-22');
    // Five weeks ago: no longer expected at the briefing.
    log({ id: '66666666-6666-4666-8666-666666666666', agentCode: 'KF099', name: '已离职' }, '2026-10-18');
    const read = (ownerId: string, at: number) =>
      database.db
        .insert(briefingReads)
        .values({
          id: crypto.randomUUID(),
          shopId: who.shopId,
          ownerId,
          scope: 'personal',
          briefingId,
          readAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .run();
    read(AGENTS[2]!.id, MORNING + 20 * MINUTE);
    read(AGENTS[0]!.id, MORNING + 3 * MINUTE);
    // An agent who has not synced a daily log yet still shows with the time they read it.
    const newcomer = '77777777-7777-4777-8777-777777777777';
    read(newcomer, MORNING + 9 * MINUTE);

    expect(core.briefings.reads()).toEqual({
      day: DAY,
      briefingId,
      read: [
        { agentId: AGENTS[0]!.id, agentCode: 'KF101', name: '王晓', readAt: MORNING + 3 * MINUTE },
        { agentId: newcomer, agentCode: null, name: null, readAt: MORNING + 9 * MINUTE },
        { agentId: AGENTS[2]!.id, agentCode: 'KF103', name: '李娜', readAt: MORNING + 20 * MINUTE },
      ],
      unread: [{ agentId: AGENTS[1]!.id, agentCode: 'KF102', name: '陈静', readAt: null }],
    });
  });
});

describe('briefing input', () => {
  it('takes at most 20 phrases and names the field', () => {
    const ids = Array.from({ length: 21 }, () => crypto.randomUUID());
    const parsed = briefingSaveInputSchema.safeParse({
      activities: '',
      focusProducts: '',
      notes: '',
      phraseIds: ids,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([
      expect.objectContaining({ path: ['phraseIds'], message: 'validation.briefing.tooManyPhrases' }),
    ]);
    expect(briefingSaveInputSchema.parse({ activities: 'a', phraseIds: ids.slice(1) }).publish).toBe(false);
  });
});

describe('splitReaders', () => {
  it('leaves the writer out of those not yet read', () => {
    const roster = AGENTS.map((a) => ({ agentId: a.id, agentCode: a.agentCode, name: a.name }));
    const { unread } = splitReaders(roster, [], AGENTS[1]!.id);
    expect(unread.map((a) => a.agentCode)).toEqual(['KF101', 'KF103']);
  });
});
