/**
 * The shop's checklist template: read by everyone, written by supervisors only (DESIGN.md sync
 * scope: "checklist templates: supervisors write, agents read"), enforced here from the
 * identity's role, whatever the UI shows. Removed steps are tombstones, so sync carries them.
 */
import { and, asc, eq, isNull, max } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { checklistSteps, checklistTemplates, phraseGroups } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import { canWriteTeam, requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import { DATA_LINKS, type DataLink } from './checklist-data-links';
import type { ChecklistStep, ChecklistStepInput, ChecklistTemplate } from './checklist-schema';

export interface ChecklistTemplateDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
}

const stepColumns = {
  id: checklistSteps.id,
  stepKey: checklistSteps.stepKey,
  sortOrder: checklistSteps.sortOrder,
  titleZh: checklistSteps.titleZh,
  titleEn: checklistSteps.titleEn,
  helpZh: checklistSteps.helpZh,
  helpEn: checklistSteps.helpEn,
  dataLink: checklistSteps.dataLink,
  anchorTime: checklistSteps.anchorTime,
  phraseGroupId: checklistSteps.phraseGroupId,
};

type Tx = Parameters<Parameters<KefuDb['transaction']>[0]>[0];

/** The shop's live default template row, or null before it is seeded. */
export function templateRow(db: KefuDb | Tx, shopId: string) {
  return (
    db
      .select({
        id: checklistTemplates.id,
        name: checklistTemplates.name,
        updatedAt: checklistTemplates.updatedAt,
      })
      .from(checklistTemplates)
      .where(
        and(
          eq(checklistTemplates.shopId, shopId),
          eq(checklistTemplates.isDefault, true),
          isNull(checklistTemplates.deletedAt),
        ),
      )
      .get() ?? null
  );
}

/** The template's live steps in order; `dataLink` is stored as text and read back as the enum. */
export function templateSteps(db: KefuDb | Tx, templateId: string): ChecklistStep[] {
  return db
    .select(stepColumns)
    .from(checklistSteps)
    .where(and(eq(checklistSteps.templateId, templateId), isNull(checklistSteps.deletedAt)))
    .orderBy(asc(checklistSteps.sortOrder), asc(checklistSteps.createdAt))
    .all()
    .map((step) => ({ ...step, dataLink: step.dataLink as DataLink | null }));
}

export function createChecklistTemplate({ db, clock, newId, identity }: ChecklistTemplateDeps) {
  function requireTemplate(tx: KefuDb | Tx, who: Identity) {
    const row = templateRow(tx, who.shopId);
    if (!row) throw new AppError('notFound', 'checklist.error.noTemplate');
    return row;
  }

  function requireSupervisor(): Identity {
    const who = requireIdentity(identity);
    if (!canWriteTeam(who)) throw new AppError('forbidden', 'checklist.error.supervisorsOnly');
    return who;
  }

  function template(): ChecklistTemplate {
    const who = requireIdentity(identity);
    const row = requireTemplate(db, who);
    return {
      ...row,
      steps: templateSteps(db, row.id),
      editable: canWriteTeam(who),
      dataLinks: [...DATA_LINKS],
    };
  }

  /** Every write also stamps the template, so a client sees at once that it changed. */
  function write(fn: (tx: Tx, who: Identity, templateId: string, at: number) => void): ChecklistTemplate {
    const who = requireSupervisor();
    const at = clock.now();
    db.transaction(
      (tx) => {
        const { id } = requireTemplate(tx, who);
        fn(tx, who, id, at);
        tx.update(checklistTemplates).set({ updatedAt: at }).where(eq(checklistTemplates.id, id)).run();
      },
      { behavior: 'immediate' },
    );
    return template();
  }

  function liveStep(tx: Tx, templateId: string, id: string) {
    const row = tx
      .select({ id: checklistSteps.id })
      .from(checklistSteps)
      .where(
        and(
          eq(checklistSteps.id, id),
          eq(checklistSteps.templateId, templateId),
          isNull(checklistSteps.deletedAt),
        ),
      )
      .get();
    if (!row) throw new AppError('notFound', 'checklist.error.stepNotFound', { id });
    return row;
  }

  const saveStep = (input: ChecklistStepInput) =>
    write((tx, who, templateId, at) => {
      if (input.phraseGroupId !== null) {
        const group = tx
          .select({ id: phraseGroups.id })
          .from(phraseGroups)
          .where(
            and(
              eq(phraseGroups.id, input.phraseGroupId),
              eq(phraseGroups.shopId, who.shopId),
              eq(phraseGroups.scope, 'team'),
              isNull(phraseGroups.deletedAt),
            ),
          )
          .get();
        if (!group) throw new AppError('invalid', 'validation.checklist.phraseGroup');
      }
      const fields = {
        titleZh: input.titleZh,
        titleEn: input.titleEn,
        helpZh: input.helpZh,
        helpEn: input.helpEn,
        dataLink: input.dataLink,
        anchorTime: input.anchorTime,
        phraseGroupId: input.phraseGroupId,
        updatedAt: at,
      };
      if (input.id) {
        liveStep(tx, templateId, input.id);
        tx.update(checklistSteps).set(fields).where(eq(checklistSteps.id, input.id)).run();
        return;
      }
      const last =
        tx
          .select({ n: max(checklistSteps.sortOrder) })
          .from(checklistSteps)
          .where(and(eq(checklistSteps.templateId, templateId), isNull(checklistSteps.deletedAt)))
          .get()?.n ?? 0;
      const id = newId();
      tx.insert(checklistSteps)
        .values({
          ...fields,
          id,
          shopId: who.shopId,
          ownerId: who.agentId,
          scope: 'team',
          createdAt: at,
          templateId,
          // Days and logs refer to steps by key; a fresh id keeps it unique across edits.
          stepKey: `step-${id}`,
          sortOrder: last + 1,
        })
        .run();
    });

  const removeStep = (id: string) =>
    write((tx, _who, templateId, at) => {
      liveStep(tx, templateId, id);
      tx.update(checklistSteps).set({ deletedAt: at, updatedAt: at }).where(eq(checklistSteps.id, id)).run();
    });

  /** The full new order of the live steps; anything else is refused. */
  const reorder = (stepIds: readonly string[]) =>
    write((tx, _who, templateId, at) => {
      const live = templateSteps(tx, templateId).map((s) => s.id);
      const wanted = new Set(stepIds);
      if (
        wanted.size !== stepIds.length ||
        live.length !== stepIds.length ||
        live.some((id) => !wanted.has(id))
      ) {
        throw new AppError('conflict', 'checklist.error.reorderMismatch');
      }
      stepIds.forEach((id, index) => {
        tx.update(checklistSteps)
          .set({ sortOrder: index + 1, updatedAt: at })
          .where(eq(checklistSteps.id, id))
          .run();
      });
    });

  return { template, saveStep, removeStep, reorder };
}

export type ChecklistTemplateService = ReturnType<typeof createChecklistTemplate>;
