/**
 * 询单分析's marked days (改了详情页 on 11-20), kept per shop on the server so every supervisor
 * of the shop compares around the same days on any browser. Supervisors and admins mark; one
 * note per day, the latest replacing it; an empty note removes the mark.
 */
import { and, desc, eq } from 'drizzle-orm';
import { agents, consoleMarks } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import type { AnalysisMarksResponse, SaveAnalysisMarkRequest } from '../console-api';
import type { ConsoleCaller } from './console-session';

export async function listMarks(db: ServerDb, caller: ConsoleCaller): Promise<AnalysisMarksResponse> {
  const found = await db
    .select({
      day: consoleMarks.day,
      note: consoleMarks.note,
      code: agents.code,
      name: agents.name,
      markedAt: consoleMarks.markedAt,
    })
    .from(consoleMarks)
    .innerJoin(agents, eq(agents.id, consoleMarks.markedBy))
    .where(eq(consoleMarks.shopId, caller.shopId))
    .orderBy(desc(consoleMarks.day));
  return {
    marks: found.map(({ code, name, markedAt, ...mark }) => ({
      ...mark,
      markedBy: { code, name },
      markedAt: markedAt.getTime(),
    })),
  };
}

export async function saveMark(
  db: ServerDb,
  caller: ConsoleCaller,
  { day, note }: SaveAnalysisMarkRequest,
): Promise<AnalysisMarksResponse> {
  if (note === '')
    await db
      .delete(consoleMarks)
      .where(and(eq(consoleMarks.shopId, caller.shopId), eq(consoleMarks.day, day)));
  else
    await db
      .insert(consoleMarks)
      .values({ shopId: caller.shopId, day, note, markedBy: caller.agentId })
      .onConflictDoUpdate({
        target: [consoleMarks.shopId, consoleMarks.day],
        set: { note, markedBy: caller.agentId, markedAt: new Date() },
      });
  return listMarks(db, caller);
}
