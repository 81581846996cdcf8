/**
 * 升级处理: an agent hands a complaint task, a return case or an order to the supervisor with the
 * reason and what the buyer wants; a supervisor answers with an instruction or takes the case
 * over, and the case is closed (by a supervisor, or by the agent once answered). Times come from
 * the clock, who from the bound agent; the escalation is the owner's row that supervisors read.
 */
import { and, asc, count, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { escalations } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Tx } from '../customers/customer-service';
import { requireIdentity } from '../settings/identity-checks';
import { agentLabels } from '../team/agent-names';
import type { Identity } from '../settings/settings-service';
import { assertColumnWrites, assertMayClose, assertSupervisorMove } from './escalation-moves';
import type {
  Escalation,
  EscalationAnswerInput,
  EscalationList,
  EscalationListInput,
  EscalationOpenInput,
} from './escalation-schema';
import { escalationSourceFacts, type EscalationSourceKind } from './escalation-source';

export interface EscalationServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
}

type EscalationRow = typeof escalations.$inferSelect;

const STATUS_RANK = sql`case ${escalations.status} when 'open' then 0 when 'answered' then 1 when 'taken_over' then 2 else 3 end`;

export function createEscalationService({ db, clock, newId, identity }: EscalationServiceDeps) {
  /** What this desk's agent may read: its own cases, or the shop's for supervisors and admins. */
  const readable = (who: Identity): SQL =>
    and(
      eq(escalations.shopId, who.shopId),
      isNull(escalations.deletedAt),
      who.role === 'agent' ? eq(escalations.ownerId, who.agentId) : undefined,
    )!;

  /**
   * The owner's 工号 and name come from the desk's roster of the shop (agent-names.ts), else the
   * owner's latest synced daily log.
   */
  const views = (who: Identity, where: SQL, limit: number): Escalation[] => {
    const found = db
      .select()
      .from(escalations)
      .where(where)
      .orderBy(STATUS_RANK, asc(escalations.escalatedAt), asc(escalations.id))
      .limit(limit)
      .all();
    const labels = agentLabels(
      db,
      who.shopId,
      found.map((row) => row.ownerId),
    );
    return found.map((row) => ({
      id: row.id,
      ownerId: row.ownerId,
      sourceKind: row.sourceKind,
      sourceId: row.sourceId,
      orderNo: row.orderNo,
      customerId: row.customerId,
      buyerNick: row.buyerNick,
      reason: row.reason,
      buyerWants: row.buyerWants,
      complaintSteps: row.complaintSteps ?? null,
      status: row.status,
      answer: row.answer,
      answeredBy: row.answeredBy,
      takenOverBy: row.takenOverBy,
      escalatedAt: row.escalatedAt,
      firstAnswerAt: row.firstAnswerAt,
      closedAt: row.closedAt,
      closedBy: row.closedBy,
      updatedAt: row.updatedAt,
      ownerCode: (row.ownerId && labels.get(row.ownerId)?.agentCode) ?? null,
      ownerName: (row.ownerId && labels.get(row.ownerId)?.name) ?? null,
      mine: row.ownerId === who.agentId,
    }));
  };

  function get(id: string): Escalation {
    const who = requireIdentity(identity);
    const [found] = views(who, and(readable(who), eq(escalations.id, id))!, 1);
    if (!found) throw new AppError('notFound', 'errors.escalation.notFound', { id });
    return found;
  }

  function badge(who: Identity): number {
    const waiting =
      who.role === 'agent'
        ? inArray(escalations.status, ['answered', 'taken_over'])
        : eq(escalations.status, 'open');
    return (
      db
        .select({ n: count() })
        .from(escalations)
        .where(and(readable(who), waiting))
        .get()?.n ?? 0
    );
  }

  function list(input: EscalationListInput): EscalationList {
    const who = requireIdentity(identity);
    const status =
      input.status === 'all'
        ? undefined
        : input.status === 'active'
          ? ne(escalations.status, 'closed')
          : eq(escalations.status, input.status);
    const kind = input.sourceKind ? eq(escalations.sourceKind, input.sourceKind) : undefined;
    return { items: views(who, and(readable(who), status, kind)!, input.limit), badge: badge(who) };
  }

  function forSource(sourceKind: EscalationSourceKind, sourceId: string): { escalation: Escalation | null } {
    const who = requireIdentity(identity);
    const latest = db
      .select({ id: escalations.id })
      .from(escalations)
      .where(and(readable(who), eq(escalations.sourceKind, sourceKind), eq(escalations.sourceId, sourceId)))
      .orderBy(desc(escalations.escalatedAt))
      .get();
    return { escalation: latest ? get(latest.id) : null };
  }

  function open(input: EscalationOpenInput): Escalation {
    const who = requireIdentity(identity);
    const at = clock.now();
    const id = db.transaction(
      (tx) => {
        const facts = escalationSourceFacts(tx, who.shopId, input.sourceKind, input.sourceId);
        const pending = tx
          .select({ id: escalations.id })
          .from(escalations)
          .where(
            and(readable(who), eq(escalations.sourceId, input.sourceId), ne(escalations.status, 'closed')),
          )
          .get();
        if (pending) throw new AppError('conflict', 'errors.escalation.alreadyEscalated', { id: pending.id });
        const created = newId();
        tx.insert(escalations)
          .values({
            id: created,
            shopId: who.shopId,
            ownerId: who.agentId,
            scope: 'personal',
            createdAt: at,
            updatedAt: at,
            sourceKind: input.sourceKind,
            sourceId: input.sourceId,
            ...facts,
            reason: input.reason,
            buyerWants: input.buyerWants,
            status: 'open',
            escalatedAt: at,
          })
          .run();
        return created;
      },
      { behavior: 'immediate' },
    );
    return get(id);
  }

  /** Reads the row, lets `check` refuse, writes `change` if the shared column rule allows it. */
  function move(
    id: string,
    check: (who: Identity, row: EscalationRow) => void,
    change: (who: Identity, row: EscalationRow, at: number) => Partial<EscalationRow>,
  ): Escalation {
    const who = requireIdentity(identity);
    const at = clock.now();
    db.transaction(
      (tx: Tx) => {
        const row = tx
          .select()
          .from(escalations)
          .where(and(readable(who), eq(escalations.id, id)))
          .get();
        if (!row) throw new AppError('notFound', 'errors.escalation.notFound', { id });
        check(who, row);
        const fields = { ...change(who, row, at), updatedAt: at };
        assertColumnWrites(who, row, { ...row, ...fields });
        tx.update(escalations).set(fields).where(eq(escalations.id, id)).run();
      },
      { behavior: 'immediate' },
    );
    return get(id);
  }

  /** The supervisor's instruction; answering again replaces it, the first answer's time stays. */
  const answer = ({ id, answer: text }: EscalationAnswerInput) =>
    move(id, assertSupervisorMove('answer'), (who, row, at) => ({
      status: 'answered',
      answer: text,
      answeredBy: who.agentId,
      firstAnswerAt: row.firstAnswerAt ?? at,
    }));

  /** The supervisor handles the case in person: that is the first response when nothing came before. */
  const takeOver = (id: string) =>
    move(id, assertSupervisorMove('taken_over_by'), (who, row, at) => ({
      status: 'taken_over',
      takenOverBy: who.agentId,
      firstAnswerAt: row.firstAnswerAt ?? at,
    }));

  const close = (id: string) =>
    move(id, assertMayClose, (who, _row, at) => ({ status: 'closed', closedAt: at, closedBy: who.agentId }));

  return {
    open,
    list,
    get,
    forSource,
    answer,
    takeOver,
    close,
    badge: () => badge(requireIdentity(identity)),
  };
}

export type EscalationService = ReturnType<typeof createEscalationService>;
