/**
 * Hit@1, Hit@3 and MRR of a ranker over labelled buyer questions (the dev set's format: question,
 * tab, the acceptable 快捷编码 comma-separated), and the engine over the default zh-CN pack as
 * the bench ranks it. Shared by bench/suggest.ts and the test that checks `kefu phrases suggest
 * --file` prints the same figures.
 */
import { createSuggestionIndex } from '../../common/suggest/suggestion-index';
import type { SuggestablePhrase } from '../../common/suggest/suggestion-types';
import { ZH_CN_PACK } from '../../electron/core/phrases/packs/zh-CN';

/** The dev set: 54 buyer questions labelled with the default zh-CN pack's 快捷编码. */
export const DEV_SET = new URL('../../../shared/fixtures/buyer-questions-dev.tsv', import.meta.url);

/** How many suggestions a ranking keeps: more than Hit@3 needs, so MRR sees past the third. */
export const RANKED = 10;

/** The default zh-CN pack as a desk seeds it, keyed by 快捷编码; without its example questions on request. */
export function packLibrary(withQuestions: boolean): SuggestablePhrase[] {
  return ZH_CN_PACK.flatMap((group) =>
    group.phrases.map((phrase) => ({
      id: phrase.shortcut,
      title: phrase.title,
      shortcut: phrase.shortcut,
      body: phrase.body,
      tags: phrase.tags,
      groupName: group.name,
      questions: withQuestions ? phrase.questions : [],
    })),
  );
}

/** The engine, cold, over a library keyed by 快捷编码: question → shortcuts, best first. */
export function engineRanker(library: readonly SuggestablePhrase[]): (question: string) => string[] {
  const index = createSuggestionIndex();
  index.build(library, []);
  return (question) => index.suggest(question, { limit: RANKED }).map((s) => s.phraseId);
}
export interface LabelledQuestion {
  question: string;
  shortcuts: string[];
}

export function readLabelledQuestions(text: string): LabelledQuestion[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [question = '', labels = ''] = line.split('\t');
      return { question: question.trim(), shortcuts: labels.split(',').map((s) => s.trim()) };
    });
}

export interface Quality {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
}

/** `ranked[i]` is the shortcuts ranked for question i, best first (only the first 10 count). */
export function qualityOf(
  labelled: readonly LabelledQuestion[],
  ranked: readonly (readonly string[])[],
): Quality {
  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  labelled.forEach(({ shortcuts }, i) => {
    const rank = (ranked[i] ?? []).slice(0, 10).findIndex((s) => shortcuts.includes(s));
    if (rank === 0) hit1 += 1;
    if (rank >= 0 && rank < 3) hit3 += 1;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  });
  const n = labelled.length;
  const round = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { questions: n, hitAt1: round(hit1), hitAt3: round(hit3), mrr: round(reciprocal) };
}
