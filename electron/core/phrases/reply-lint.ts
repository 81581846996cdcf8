/**
 * The reply linter: the shop's rules (data, edited by supervisors) run over a phrase body or a
 * filled reply, plus the built-in check that every `{…}` names a known variable. Findings carry
 * their exact span so the editor and the panel preview can underline them; overlapping findings
 * are all kept because each one carries its own suggestion (全网最低 and 最 say different things).
 */
import { findVariables } from './phrase-variables';

export interface LintRuleData {
  id: string;
  category: 'negative' | 'absolute' | 'diversion' | 'variable' | 'invoice';
  pattern: string;
  isRegex: boolean;
  suggestion: string | null;
  severity: 'warning' | 'error';
  enabled: boolean;
}

export interface LintFinding {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  category: LintRuleData['category'] | 'unknownVariable' | 'pastCutoff';
  severity: 'warning' | 'error';
  suggestion: string | null;
  /** A pastCutoff finding's cut-off (`HH:mm`), for its explanation (cutoff-promise.ts). */
  cutoffTime?: string;
}

/** The rule id of built-in unknown-variable findings; no stored rule has it (ids are uuids). */
const UNKNOWN_VARIABLE_RULE_ID = 'unknownVariable';

/** Case-insensitive: buyers and agents write QQ, qq, VX and vx alike. */
const FLAGS = 'giu';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A literal that begins or ends with a Latin letter (or digit) only matches where it is not part
 * of a longer word (or number): `best` is not in "bestow", `#1` is not in "#10", while
 * `QQ` still matches in "QQ号" and "qq12345". Chinese has no word boundaries to respect.
 */
function literalSource(pattern: string): string {
  const guard = (ch: string | undefined, side: 'before' | 'after'): string => {
    const cls = ch && /[a-z]/i.test(ch) ? '[a-z]' : ch && /\d/.test(ch) ? '\\d' : null;
    if (!cls) return '';
    return side === 'before' ? `(?<!${cls})` : `(?!${cls})`;
  };
  return guard(pattern[0], 'before') + escapeRegExp(pattern) + guard(pattern.at(-1), 'after');
}

function compile(rule: Pick<LintRuleData, 'pattern' | 'isRegex'>): RegExp | null {
  try {
    return new RegExp(rule.isRegex ? rule.pattern : literalSource(rule.pattern.trim()), FLAGS);
  } catch {
    return null;
  }
}

/**
 * Why the editor must refuse a rule, as a locale message key; null when the rule is usable.
 * A regex that matches the empty string would underline nothing or everything, so it is refused
 * too. The linter itself skips such rules rather than throwing: one bad synced rule must never
 * take the panel down.
 */
export function validateLintRule(rule: LintRuleData): string | null {
  if (rule.pattern.trim() === '') return 'validation.lintRule.patternRequired';
  const regex = compile(rule);
  if (!regex) return 'validation.lintRule.badRegex';
  if (regex.test('')) return 'validation.lintRule.matchesEmpty';
  return null;
}

/**
 * The panel lints on every keystroke with the same rule objects (the store caches them), so each
 * rule is compiled once. matchAll copies the regex, so sharing a global one is safe.
 */
const compiled = new WeakMap<LintRuleData, RegExp | null>();

function compiledRule(rule: LintRuleData): RegExp | null {
  if (!compiled.has(rule)) compiled.set(rule, compile(rule));
  return compiled.get(rule) ?? null;
}

function ruleFindings(text: string, rule: LintRuleData, regex: RegExp): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const match of text.matchAll(regex)) {
    // Zero-width matches (a lookahead-only regex) mark no text; matchAll still advances past them.
    if (match[0] === '') continue;
    findings.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      suggestion: rule.suggestion,
    });
  }
  return findings;
}

export function lintReply(text: string, rules: readonly LintRuleData[]): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const rule of rules) {
    if (!rule.enabled || rule.pattern.trim() === '') continue;
    const regex = compiledRule(rule);
    if (regex) findings.push(...ruleFindings(text, rule, regex));
  }
  for (const token of findVariables(text)) {
    if (token.key !== null) continue;
    findings.push({
      start: token.start,
      end: token.end,
      text: token.raw,
      ruleId: UNKNOWN_VARIABLE_RULE_ID,
      category: 'unknownVariable',
      severity: 'error',
      suggestion: null,
    });
  }
  return byPosition(findings);
}

/**
 * Stable order for the UI: by position, the longer span first, then by rule so equal spans do not
 * swap places between keystrokes.
 */
export function byPosition(findings: LintFinding[]): LintFinding[] {
  return findings.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
}
