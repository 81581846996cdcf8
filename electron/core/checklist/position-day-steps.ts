/**
 * The steps an agent's day is made of. The shop's template, unless it is still the seeded SOP
 * and the agent's position (岗位) has a list of its own (售后, 订单专员): then that list, built
 * like the seeded template (the 催付-style anchor from the shop's cut-off, the pack's group of
 * the step's stage). Steps the SOP shares keep the template's rows; the position's own steps are
 * not stored in the template (the template is the supervisors' and the same for the whole team)
 * and take the ids their seeding would give them.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Position } from '../../../common/positions';
import type { KefuDb } from '../../../db/open-database';
import { phraseGroups } from '../../../db/schema';
import { naturalIds } from '../natural-id';
import type { ChecklistStep } from './checklist-schema';
import { templateSteps } from './checklist-template';
import { anchorBeforeCutoff, DEFAULT_STEPS } from './default-checklist-template';
import { defaultStepsFor, isSeededTemplate } from './position-checklist-steps';

type Tx = Parameters<Parameters<KefuDb['transaction']>[0]>[0];

export interface DayStepsScope {
  shopId: string;
  templateId: string;
  position: Position | null;
  cutoffTime: string;
}

export function daySteps(db: KefuDb | Tx, scope: DayStepsScope): ChecklistStep[] {
  const shopSteps = templateSteps(db, scope.templateId);
  const own = defaultStepsFor(scope.position);
  if (own === DEFAULT_STEPS || !isSeededTemplate(shopSteps)) return shopSteps;
  const groups = db
    .select({ id: phraseGroups.id, stage: phraseGroups.stage })
    .from(phraseGroups)
    .where(
      and(
        eq(phraseGroups.shopId, scope.shopId),
        eq(phraseGroups.scope, 'team'),
        isNull(phraseGroups.deletedAt),
      ),
    )
    .orderBy(asc(phraseGroups.sortOrder))
    .all();
  const byKey = new Map(shopSteps.map((step) => [step.stepKey, step]));
  return own.map((step, index) => ({
    ...(byKey.get(step.stepKey) ?? {
      id: naturalIds.defaultStep(scope.shopId, scope.templateId, step.stepKey),
      stepKey: step.stepKey,
      titleZh: step.titleZh,
      titleEn: step.titleEn,
      helpZh: step.helpZh,
      helpEn: step.helpEn,
      dataLink: step.dataLink,
      anchorTime: step.anchor === 'cutoff' ? anchorBeforeCutoff(scope.cutoffTime) : null,
      phraseGroupId: groups.find((g) => g.stage === step.phraseStage)?.id ?? null,
    }),
    sortOrder: index + 1,
  }));
}
