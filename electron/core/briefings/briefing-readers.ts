/**
 * Who has read the briefing and who not yet: every 已读 (even from an agent the roster does not
 * know, e.g. one who never synced a daily log), by time; then the roster's other agents. The
 * writer is not expected to read their own briefing.
 */
import type { BriefingReader } from './briefing-schema';
import type { RosterAgent } from './briefing-roster';

export interface BriefingRead {
  ownerId: string;
  readAt: number;
}

export function splitReaders(
  roster: readonly RosterAgent[],
  reads: readonly BriefingRead[],
  writerId: string,
): { read: BriefingReader[]; unread: BriefingReader[] } {
  const known = new Map(roster.map((agent) => [agent.agentId, agent]));
  const readers = new Set(reads.map((r) => r.ownerId));
  const read = [...reads]
    .sort((a, b) => a.readAt - b.readAt)
    .map((r) => ({
      agentId: r.ownerId,
      agentCode: known.get(r.ownerId)?.agentCode ?? null,
      name: known.get(r.ownerId)?.name ?? null,
      readAt: r.readAt,
    }));
  const unread = roster
    .filter((agent) => agent.agentId !== writerId && !readers.has(agent.agentId))
    .map((agent) => ({ ...agent, readAt: null }))
    .sort((a, b) => (a.agentCode ?? a.agentId).localeCompare(b.agentCode ?? b.agentId));
  return { read, unread };
}
