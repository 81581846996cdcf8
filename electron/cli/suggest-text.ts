/**
 * `kefu phrases suggest` as text, in the agent's language: each buyer question, then its
 * suggested replies numbered with title, 快捷编码, group and why (situations, shared words, the
 * known question that matched).
 */
import type { TFunction } from 'i18next';
import type { MethodOutput } from '../api/contract';

export type SuggestAnswer = { question: string; hits: MethodOutput<'phrases.suggest'>['hits'] };

function reason(t: TFunction, why: SuggestAnswer['hits'][number]['why']): string {
  const parts = [
    why.intents.length > 0
      ? t('cli.suggest.intents', { list: why.intents.map((id) => t(`suggest.intent.${id}`)).join('、') })
      : null,
    why.words.length > 0 ? t('cli.suggest.words', { list: why.words.join('、') }) : null,
    why.question ? t('cli.suggest.question', { question: why.question }) : null,
  ];
  return parts.filter((part) => part !== null).join('；');
}

export function describeSuggestions(t: TFunction, answers: readonly SuggestAnswer[]): string {
  return answers
    .map(({ question, hits }) =>
      [
        question,
        ...(hits.length === 0
          ? [`    ${t('cli.suggest.none')}`]
          : hits.map(
              (hit, i) =>
                `${String(i + 1).padStart(2)}. ${hit.phrase.title} [${hit.phrase.shortcut || '-'}] (${hit.groupName})  ${reason(t, hit.why)}`,
            )),
      ].join('\n'),
    )
    .join('\n\n');
}
