/**
 * From a chosen phrase to text in the chat: fill its variables from settings, context and what
 * the agent typed, lint it, and hand it to the paste injector. Every paste/copy is logged for
 * frecency and the daily log, with how the phrase was found and, for a buyer question taken by
 * the question hotkey, how long the reply took; the question itself is learned for the phrase in
 * the same transaction. Incomplete text is never delivered.
 */
import type { KefuDb } from '../../../db/open-database';
import { and, eq } from 'drizzle-orm';
import { customers, orders, phraseUsages } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { PasteInjector } from '../platform/paste-injector';
import type { ShellPort } from '../platform/shell-port';
import type { SettingsService } from '../settings/settings-service';
import type { LintRuleStore } from './lint-rule-store';
import type { PhraseFinder } from './phrase-finder';
import { requireIdentity } from '../settings/identity-checks';
import { type PhraseLibrary } from './phrase-library';
import type { LearnedQuestions } from './learned-questions';
import type { PhraseSuggester } from './phrase-suggester';
import type {
  DeliveryOutcome,
  DeliveryQuestion,
  RenderedPhrase,
  VariableContextInput,
  VariableInput,
} from './phrase-schema';
import { responseMs } from './response-time';
import { fillVariables } from './phrase-variables';
import { pastCutoffFindings } from './cutoff-promise';
import { byPosition, lintReply } from './reply-lint';
import { withOrderOnRecord } from './order-context';
import { variableValues } from './variable-values';

export interface PhraseDeliveryDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  settings: SettingsService;
  library: PhraseLibrary;
  finder: PhraseFinder;
  suggester: PhraseSuggester;
  learned: LearnedQuestions;
  lintRules: LintRuleStore;
  injector: PasteInjector;
  shell: ShellPort;
  /** A reply to a known buyer counts as contact (客户 → last contact). */
  touchCustomer: (customerId: string, at: number) => void;
}

/** How the phrase was reached: a pinned hotkey, or the panel with the buyer's question if any. */
export interface DeliveryOrigin {
  pinned?: boolean;
  question?: DeliveryQuestion;
}

export function createPhraseDelivery(deps: PhraseDeliveryDeps) {
  const { db, clock, newId, settings, library, finder, lintRules, injector, shell, touchCustomer } = deps;
  const { suggester, learned } = deps;

  function renderBody(body: string, context: VariableContextInput, typed: VariableInput): RenderedPhrase {
    const current = settings.get();
    const shopId = settings.identity()?.shopId;
    const known = variableValues({
      agent: current.agent,
      shop: current.shop,
      context: shopId ? withOrderOnRecord(db, shopId, context) : context,
      now: clock.now(),
      timeZone: settings.shopRow()?.timeZone ?? 'Asia/Shanghai',
      language: current.language,
    });
    // What the agent typed in the inline form wins: they are looking at this buyer right now.
    const typedValues = Object.fromEntries(
      Object.entries(typed).filter(([, v]) => v !== undefined && v !== ''),
    );
    const filled = fillVariables(body, { ...known, ...typedValues });
    const complete = filled.missing.length === 0 && filled.unknown.length === 0;
    return { ...filled, complete, findings: lintReply(filled.text, lintRules.rules()) };
  }

  /**
   * The panel's preview: what would be pasted now, so besides the lint rules it warns of a
   * same-day promise once today's cut-off has passed (the editor's preview is for any hour).
   */
  function render(phraseId: string, context: VariableContextInput, typed: VariableInput): RenderedPhrase {
    const rendered = renderBody(library.phrase(phraseId).body, context, typed);
    const shop = settings.shopRow();
    if (!shop) return rendered;
    const late = pastCutoffFindings(rendered.text, {
      now: clock.now(),
      cutoffTime: shop.cutoffTime,
      timeZone: shop.timeZone,
    });
    return late.length === 0
      ? rendered
      : { ...rendered, findings: byPosition([...rendered.findings, ...late]) };
  }

  async function deliver(
    phraseId: string,
    context: VariableContextInput,
    typed: VariableInput,
    mode: 'paste' | 'copy',
    origin: DeliveryOrigin = {},
  ): Promise<{ outcome: DeliveryOutcome; text: string }> {
    const who = requireIdentity(settings.identity);
    const rendered = render(phraseId, context, typed);
    if (!rendered.complete) {
      throw new AppError('incomplete', 'errors.phrase.incomplete', {
        missing: rendered.missing,
        unknown: rendered.unknown,
      });
    }
    let outcome: DeliveryOutcome;
    if (mode === 'paste') {
      // Hiding the panel hands focus back to the chat client before the keystroke lands.
      shell.hidePanel();
      outcome = await injector.paste(rendered.text);
    } else {
      await injector.copy(rendered.text);
      outcome = { status: 'copied' };
    }
    const at = clock.now();
    // The context line names the buyer/order; link the use to them when they are on record.
    const customerId = context.buyerNick
      ? db
          .select({ id: customers.id })
          .from(customers)
          .where(and(eq(customers.shopId, who.shopId), eq(customers.nick, context.buyerNick)))
          .get()?.id
      : undefined;
    const orderId = context.orderNo
      ? db
          .select({ id: orders.id })
          .from(orders)
          .where(and(eq(orders.shopId, who.shopId), eq(orders.orderNo, context.orderNo)))
          .get()?.id
      : undefined;
    const { question } = origin;
    const picked = db.transaction((tx) => {
      tx.insert(phraseUsages)
        .values({
          id: newId(),
          shopId: who.shopId,
          ownerId: who.agentId,
          scope: 'personal',
          phraseId,
          customerId: customerId ?? null,
          orderId: orderId ?? null,
          action: mode,
          source: origin.pinned ? 'pinned' : (question?.via ?? 'search'),
          responseMs: question?.takenAt === undefined ? null : responseMs(question.takenAt, at),
          usedAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .run();
      // The buyer and order the context line names never reach the team's question bag.
      const omit = [context.buyerNick, context.orderNo].filter((part): part is string => Boolean(part));
      return question ? learned.learn(tx, who, phraseId, question.text, omit, at) : null;
    });
    finder.recordUse(phraseId, at);
    if (picked) suggester.learn(picked);
    if (customerId) touchCustomer(customerId, at);
    return { outcome, text: rendered.text };
  }

  return { render, preview: renderBody, deliver };
}

export type PhraseDelivery = ReturnType<typeof createPhraseDelivery>;
