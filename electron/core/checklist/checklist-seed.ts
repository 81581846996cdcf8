/**
 * A new shop gets the default SOP template once (like the phrase pack): a shop that ever had a
 * template, even a deleted one, is left alone. Steps point at the seeded pack's groups by stage.
 * Natural ids: two installs of one shop seed the same template, which the server merges.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { checklistSteps, checklistTemplates, phraseGroups } from '../../../db/schema';
import type { Language } from '../../../db/enums';
import { naturalIds } from '../natural-id';
import { createNaturalIdClaim } from '../natural-id-claim';
import type { Identity } from '../settings/settings-service';
import { anchorBeforeCutoff, DEFAULT_STEPS, DEFAULT_TEMPLATE_NAME } from './default-checklist-template';

export function seedDefaultChecklist(
  db: KefuDb,
  who: Identity,
  options: { language: Language; cutoffTime: string; at: number; newId: () => string },
): boolean {
  return db.transaction((tx) => {
    const existing = tx
      .select({ id: checklistTemplates.id })
      .from(checklistTemplates)
      .where(eq(checklistTemplates.shopId, who.shopId))
      .get();
    if (existing) return false;
    const owned = {
      shopId: who.shopId,
      ownerId: who.agentId,
      scope: 'team' as const,
      createdAt: options.at,
      updatedAt: options.at,
    };
    const groups = tx
      .select({ id: phraseGroups.id, stage: phraseGroups.stage })
      .from(phraseGroups)
      .where(
        and(
          eq(phraseGroups.shopId, who.shopId),
          eq(phraseGroups.scope, 'team'),
          isNull(phraseGroups.deletedAt),
        ),
      )
      .orderBy(asc(phraseGroups.sortOrder))
      .all();
    const claimId = createNaturalIdClaim(db.$client, options.newId);
    const templateId = claimId('checklist_templates', naturalIds.defaultTemplate(who.shopId));
    tx.insert(checklistTemplates)
      .values({
        ...owned,
        id: templateId,
        name: options.language === 'zh-CN' ? DEFAULT_TEMPLATE_NAME.zh : DEFAULT_TEMPLATE_NAME.en,
        isDefault: true,
      })
      .run();
    DEFAULT_STEPS.forEach((step, index) => {
      tx.insert(checklistSteps)
        .values({
          ...owned,
          id: claimId('checklist_steps', naturalIds.defaultStep(who.shopId, templateId, step.stepKey)),
          templateId,
          stepKey: step.stepKey,
          sortOrder: index + 1,
          titleZh: step.titleZh,
          titleEn: step.titleEn,
          helpZh: step.helpZh,
          helpEn: step.helpEn,
          dataLink: step.dataLink,
          anchorTime: step.anchor === 'cutoff' ? anchorBeforeCutoff(options.cutoffTime) : null,
          phraseGroupId: groups.find((g) => g.stage === step.phraseStage)?.id ?? null,
        })
        .run();
    });
    return true;
  });
}
