/**
 * Finds the lexicon's situations in a cleaned text (question-text.ts `cleanQuestion`): each cue
 * found names its intent with the cue's weight, the strongest cue per intent counting. A cue found
 * only inside a longer cue of another intent counts half: in 什么时候有货 the buyer asks when the
 * goods come back (缺货), and the 有货 inside it is not a stock question of its own.
 */
import { GAP_CHARS, INTENT_CUES } from './intent-lexicon';
import type { IntentId } from './suggestion-types';

/** What a greeting still counts for when the message also asks something else. */
const GREETING_BESIDE_QUESTION = 0.3;

export type IntentWeights = Map<IntentId, number>;

interface CompiledCue {
  intent: IntentId;
  weight: number;
  parts: readonly string[];
  /** ASCII cues (`ok`, `ems`) must be whole words, or `hi` would be found in `white`. */
  wholeWord: boolean;
}

interface Found {
  intent: IntentId;
  weight: number;
  from: number;
  to: number;
}

/** Cues by the UTF-16 unit they start with: a number key allocates nothing per position. */
let byFirstChar: Map<number, CompiledCue[]> | null = null;

function compiled(): Map<number, CompiledCue[]> {
  if (byFirstChar) return byFirstChar;
  byFirstChar = new Map();
  for (const [intent, cues] of INTENT_CUES) {
    for (const cue of cues) {
      const parts = cue.text.split('~');
      const first = parts[0]!.charCodeAt(0);
      const list = byFirstChar.get(first) ?? [];
      list.push({ intent, weight: cue.weight, parts, wholeWord: /^[a-z]/.test(parts[0]!) });
      byFirstChar.set(first, list);
    }
  }
  return byFirstChar;
}

/** Where the cue ends when it starts at `at`, or -1. */
function matchAt(text: string, at: number, parts: readonly string[]): number {
  if (!text.startsWith(parts[0]!, at)) return -1;
  let end = at + parts[0]!.length;
  for (let p = 1; p < parts.length; p += 1) {
    const part = parts[p]!;
    const next = text.indexOf(part, end);
    if (next < 0 || next - end > GAP_CHARS) return -1;
    end = next + part.length;
  }
  return end;
}

function isWholeWord(text: string, from: number, to: number): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/.test(c);
  const end = text[to] === 's' ? to + 1 : to;
  return !isLetter(text[from - 1]) && !isLetter(text[end]);
}

export function findIntents(clean: string): IntentWeights {
  const cues = compiled();
  const found: Found[] = [];
  for (let at = 0; at < clean.length; at += 1) {
    const starting = cues.get(clean.charCodeAt(at));
    if (!starting) continue;
    for (const cue of starting) {
      const to = matchAt(clean, at, cue.parts);
      if (to < 0) continue;
      if (cue.wholeWord && !isWholeWord(clean, at, to)) continue;
      found.push({ intent: cue.intent, weight: cue.weight, from: at, to });
    }
  }
  const weights: IntentWeights = new Map();
  for (const f of found) {
    const inside = found.some(
      (o) => o.intent !== f.intent && o.from <= f.from && o.to >= f.to && o.to - o.from > f.to - f.from,
    );
    const weight = inside ? f.weight / 2 : f.weight;
    if (weight > (weights.get(f.intent) ?? 0)) weights.set(f.intent, weight);
  }
  // 你好，请问还有货吗 is a stock question: a greeting in front of another question is manners.
  const greeting = weights.get('greeting');
  if (greeting !== undefined && [...weights].some(([intent, w]) => intent !== 'greeting' && w >= 0.5)) {
    weights.set('greeting', greeting * GREETING_BESIDE_QUESTION);
  }
  return weights;
}
