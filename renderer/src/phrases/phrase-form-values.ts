/**
 * What the phrase editor edits (tags as one line of text, example questions one per line) ↔ the
 * contract's phrase input.
 */
import type { MethodInput } from '../../../electron/api/contract';
import type { Scope, Stage } from './phrase-labels';
import type { Phrase, PhraseGroup } from './use-phrase-library';

export type PhraseInput = MethodInput<'phrases.save'>;

export interface PhraseFormValues {
  groupId: string;
  title: string;
  shortcut: string;
  body: string;
  /** Separated by commas (either width), 、 or spaces, as agents type them. */
  tags: string;
  /** 买家问题示例, one buyer question per line (questions have commas and spaces of their own). */
  questions: string;
  stage: Stage;
  scope: Scope;
}

export const PHRASE_FIELDS = [
  'groupId',
  'title',
  'shortcut',
  'body',
  'tags',
  'questions',
  'stage',
  'scope',
] as const;

export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\s]+/).filter((tag) => tag !== ''))];
}

export function splitQuestions(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ];
}

export function formValuesOfPhrase(phrase: Phrase): PhraseFormValues {
  return {
    groupId: phrase.groupId,
    title: phrase.title,
    shortcut: phrase.shortcut,
    body: phrase.body,
    tags: phrase.tags.join('，'),
    questions: phrase.questions.join('\n'),
    stage: phrase.stage,
    scope: phrase.scope,
  };
}

/** A new phrase takes its group's stage and scope, the usual case. */
export function newPhraseValues(group: PhraseGroup): PhraseFormValues {
  return {
    groupId: group.id,
    title: '',
    shortcut: '',
    body: '',
    tags: '',
    questions: '',
    stage: group.stage,
    scope: group.scope,
  };
}

export function phraseInputOf(values: PhraseFormValues, id: string | undefined): PhraseInput {
  return {
    ...(id && { id }),
    ...values,
    tags: splitTags(values.tags),
    questions: splitQuestions(values.questions),
  };
}
