/** The shop's reply-lint rules: data edited by supervisors, read by every agent's linter. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import { lintRules } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Identity } from '../settings/settings-service';
import { canWriteTeam, requireIdentity } from '../settings/identity-checks';
import type { LintRule, LintRuleInput } from './phrase-schema';
import { validateLintRule } from './reply-lint';

export interface LintRuleStoreDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
}

const columns = {
  id: lintRules.id,
  category: lintRules.category,
  pattern: lintRules.pattern,
  isRegex: lintRules.isRegex,
  suggestion: lintRules.suggestion,
  severity: lintRules.severity,
  enabled: lintRules.enabled,
};

export function createLintRuleStore({ db, clock, newId, identity }: LintRuleStoreDeps) {
  let cached: LintRule[] | null = null;

  function rules(): LintRule[] {
    const who = requireIdentity(identity);
    cached ??= db
      .select(columns)
      .from(lintRules)
      .where(and(eq(lintRules.shopId, who.shopId), isNull(lintRules.deletedAt)))
      .orderBy(asc(lintRules.category), asc(lintRules.pattern))
      .all();
    return cached;
  }

  function assertSupervisor(who: Identity): void {
    if (!canWriteTeam(who)) throw new AppError('forbidden', 'errors.lintRule.supervisorsOnly');
  }

  function save(input: LintRuleInput): LintRule {
    const who = requireIdentity(identity);
    assertSupervisor(who);
    const problem = validateLintRule({ ...input, id: input.id ?? 'new' });
    if (problem) {
      throw new AppError('validation', 'errors.validation', {
        issues: [{ path: ['pattern'], messageKey: problem, params: {} }],
      });
    }
    const at = clock.now();
    const fields = {
      category: input.category,
      pattern: input.pattern,
      isRegex: input.isRegex,
      suggestion: input.suggestion || null,
      severity: input.severity,
      enabled: input.enabled,
      updatedAt: at,
    };
    const id = db.transaction((tx) => {
      if (input.id) {
        const existing = tx.select().from(lintRules).where(eq(lintRules.id, input.id)).get();
        if (!existing || existing.deletedAt !== null || existing.shopId !== who.shopId) {
          throw new AppError('notFound', 'errors.lintRule.notFound', { id: input.id });
        }
        tx.update(lintRules).set(fields).where(eq(lintRules.id, input.id)).run();
        return input.id;
      }
      const created = newId();
      tx.insert(lintRules)
        .values({
          ...fields,
          id: created,
          shopId: who.shopId,
          ownerId: who.agentId,
          scope: 'team',
          createdAt: at,
        })
        .run();
      return created;
    });
    cached = null;
    return rules().find((r) => r.id === id)!;
  }

  function remove(id: string): void {
    const who = requireIdentity(identity);
    assertSupervisor(who);
    db.transaction((tx) => {
      const existing = tx.select().from(lintRules).where(eq(lintRules.id, id)).get();
      if (!existing || existing.deletedAt !== null || existing.shopId !== who.shopId) {
        throw new AppError('notFound', 'errors.lintRule.notFound', { id });
      }
      const at = clock.now();
      tx.update(lintRules).set({ deletedAt: at, updatedAt: at }).where(eq(lintRules.id, id)).run();
    });
    cached = null;
  }

  return { rules, save, remove, invalidate: () => (cached = null) };
}

export type LintRuleStore = ReturnType<typeof createLintRuleStore>;
