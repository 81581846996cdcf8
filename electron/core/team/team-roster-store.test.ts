/**
 * The shop's roster on a desk (real SQLite): stored by id without touching the signed-in agent's
 * row, a stale row holding a 工号 steps aside, a disabled agent stays nameable but off the team,
 * storing the same roster again changes nothing, and none of it reaches the outbox.
 * agentLabels names from the table, else from the latest daily log.
 */
import { describe, expect, it } from 'vitest';
import type { TeamAgent } from '../../../common/sync/protocol';
import { dailyLogs } from '../../../db/schema';
import { teamRoster } from '../briefings/briefing-roster';
import { openTestDesk } from '../test-support/test-desk';
import { agentLabels } from './agent-names';
import { storeTeamRoster } from './team-roster-store';

const NOW = Date.UTC(2026, 11, 7, 2, 0);
const WANG = '11111111-1111-4111-8111-111111111111';
const CHEN = '22222222-2222-4222-8222-222222222222';
const GONE = '33333333-3333-4333-8333-333333333333';
const LOGGED = '44444444-4444-4444-8444-444444444444';

const agent = (id: string, code: string, name: string, extra: Partial<TeamAgent> = {}): TeamAgent => ({
  id,
  code,
  name,
  role: 'agent',
  position: null,
  disabled: false,
  ...extra,
});

describe('team roster on the desk', () => {
  it('upserts by id, keeps the signed-in row, sets disabled agents aside and names ids', () => {
    const clock = { now: () => NOW };
    const { core, database } = openTestDesk({ clock, role: 'supervisor', prefix: 'kefu-roster-' });
    const { sqlite, db } = database;
    const me = core.settings.identity()!;
    const before = sqlite.prepare('select * from agents where id = ?').get(me.agentId);
    // Only the signed-in agent known: the briefing roster still comes from daily logs (none here).
    expect(teamRoster(db, me.shopId, '2026-12-07')).toEqual([]);
    // A row the desk made for KF102 under another id before it knew the roster.
    sqlite
      .prepare(
        `insert into agents (id, shop_id, owner_id, scope, name, agent_code, role, created_at, updated_at)
         values ('stale', ?, 'stale', 'personal', '旧陈静', 'KF102', 'agent', 1, 1)`,
      )
      .run(me.shopId);

    const roster = [
      agent(me.agentId, 'KF007', '林小雨', { role: 'supervisor' }),
      agent(WANG, 'KF101', '王晓'),
      agent(CHEN, 'KF102', '陈静', { position: 'aftersale' }),
      agent(GONE, 'KF103', '李娜', { disabled: true }),
    ];
    expect(storeTeamRoster(sqlite, me.shopId, roster, NOW)).toBeGreaterThan(0);
    expect(sqlite.prepare('select * from agents where id = ?').get(me.agentId)).toEqual(before);
    expect(sqlite.prepare(`select deleted_at from agents where id = 'stale'`).pluck().get()).toBe(NOW);
    expect(sqlite.prepare('select deleted_at from agents where id = ?').pluck().get(GONE)).toBe(NOW);
    // Again: nothing changes, and agents never reaches the outbox.
    expect(storeTeamRoster(sqlite, me.shopId, roster, NOW + 1)).toBe(0);
    expect(sqlite.prepare(`select count(*) from sync_outbox where name like 'agents.%'`).pluck().get()).toBe(
      0,
    );

    // The briefing roster: live agents of role agent, the disabled one not expected to read.
    expect(teamRoster(db, me.shopId, '2026-12-07')).toEqual([
      { agentId: WANG, agentCode: 'KF101', name: '王晓' },
      { agentId: CHEN, agentCode: 'KF102', name: '陈静' },
    ]);

    // Re-enabled on the server: back on the team.
    storeTeamRoster(sqlite, me.shopId, [agent(GONE, 'KF103', '李娜')], NOW + 2);
    expect(sqlite.prepare('select deleted_at from agents where id = ?').pluck().get(GONE)).toBeNull();

    db.insert(dailyLogs)
      .values({
        id: '55555555-5555-4555-8555-555555555555',
        shopId: me.shopId,
        ownerId: LOGGED,
        scope: 'personal',
        createdAt: NOW,
        updatedAt: NOW,
        day: '2026-12-06',
        computedAt: NOW,
        payload: { agent: { agentCode: 'KF104', name: '赵敏' } },
      } as typeof dailyLogs.$inferInsert)
      .run();
    const labels = agentLabels(db, me.shopId, [WANG, GONE, LOGGED, 'nobody', null, WANG]);
    expect(Object.fromEntries(labels)).toEqual({
      [WANG]: { agentCode: 'KF101', name: '王晓' },
      [GONE]: { agentCode: 'KF103', name: '李娜' },
      [LOGGED]: { agentCode: 'KF104', name: '赵敏' },
    });
    // Another shop's ids are not this shop's agents.
    expect(agentLabels(db, 'another-shop', [WANG]).size).toBe(0);
  });

  it('takes the signed-in agent’s 岗位 from the roster when the server has one', () => {
    const { core, database } = openTestDesk({ clock: { now: () => NOW }, prefix: 'kefu-roster-position-' });
    const me = core.settings.identity()!;
    core.settings.setPosition('presale');
    const mine = (position: TeamAgent['position']) => [
      agent(me.agentId, me.agentCode, me.name, { position }),
      agent(WANG, 'KF101', '王晓', { position: 'orderDesk' }),
    ];
    // The supervisor moved her to 售后 in the console.
    expect(storeTeamRoster(database.sqlite, me.shopId, mine('aftersale'), NOW)).toBeGreaterThan(0);
    expect(core.settings.position()).toBe('aftersale');
    // The same roster again changes nothing; a server without one leaves the desk's.
    expect(storeTeamRoster(database.sqlite, me.shopId, mine('aftersale'), NOW + 1)).toBe(0);
    storeTeamRoster(database.sqlite, me.shopId, mine(null), NOW + 2);
    expect(core.settings.position()).toBe('aftersale');
  });
});
