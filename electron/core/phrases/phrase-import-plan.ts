/**
 * The dry-run report of a phrase import: which rows would be added (and into which groups, new
 * or existing), which are duplicates of the library or of an earlier row, and which are invalid
 * with row, column and reason. The write applies `toAdd` exactly as planned, all or nothing, so
 * the user is never surprised by what the report did not show.
 */
import {
  MAX_BODY_LENGTH,
  MAX_GROUP_NAME_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  SHORTCUT_PATTERN,
} from './phrase-schema';
import { PHRASE_STAGES, ROW_SCOPES } from '../../../db/enums';
import { QUESTION_LIMITS } from '../../../common/sync/field-limits';
import type { PhraseField, PhraseFileProblem, PhraseFileRow } from './phrase-file-read';

export type PhraseStage = (typeof PHRASE_STAGES)[number];
export type PhraseScope = (typeof ROW_SCOPES)[number];

export interface ExistingLibrary {
  groups: { id: string; name: string; stage: string; scope: string }[];
  /** Bodies already in the library, each passed through `normaliseBody`. */
  bodies: Set<string>;
  shortcuts: Set<string>;
}

export interface PhraseDraft {
  row: number;
  groupName: string;
  stage: PhraseStage;
  scope: PhraseScope;
  shortcut: string;
  title: string;
  body: string;
  tags: string[];
  questions: string[];
}

export interface ImportReport {
  format: string;
  encoding?: string;
  totalRows: number;
  toAdd: PhraseDraft[];
  newGroups: { name: string; stage: string; scope: string }[];
  duplicates: { row: number; title: string; reason: 'sameContentInLibrary' | 'sameContentInFile' }[];
  invalid: PhraseFileProblem[];
}

export interface PhraseFileContent {
  format: string;
  encoding?: string;
  rows: PhraseFileRow[];
  problems: PhraseFileProblem[];
  /** The file's own column names; without them problems name our English headers. */
  columns?: Partial<Record<PhraseField, string>>;
}

export interface ImportOptions {
  canWriteTeam: boolean;
  /** Scope of rows that do not name one. */
  defaultScope: PhraseScope;
}

/** The words the Chinese export writes; the import reads them back, as well as the English keys. */
export const STAGE_LABELS_ZH: Record<PhraseStage, string> = {
  presale: '售前',
  insale: '售中',
  aftersale: '售后',
  general: '通用',
};
export const SCOPE_LABELS_ZH: Record<PhraseScope, string> = { team: '团队', personal: '个人' };

// The editor's limits (phrase-schema.ts): a row the editor would refuse is refused here, in the
// report, instead of failing the whole write later. Shortcuts are compared lower-cased.
const IMPORT_SHORTCUT = new RegExp(SHORTCUT_PATTERN.source, 'i');

/** Titles made from the body stay short enough to scan in the panel's result list. */
const DERIVED_TITLE_LENGTH = 20;
/** A cut at punctuation earlier than this would leave a title too short to say anything. */
const MIN_DERIVED_TITLE_LENGTH = 6;
const CLAUSE_BREAK = /[，。！？；：、,.!?;:~～\s]/;
const TRAILING_BREAKS = new RegExp(`${CLAUSE_BREAK.source}+$`);

/** Column names used in problems when the file had none of its own (JSON keys, our export). */
const DEFAULT_COLUMNS: Record<PhraseField, string> = {
  group: 'group',
  shortcut: 'shortcut',
  body: 'content',
  title: 'title',
  tags: 'tags',
  stage: 'stage',
  scope: 'scope',
  questions: 'questions',
};

function lookup<T extends string>(labelsZh: Record<T, string>): Map<string, T> {
  const entries = Object.entries(labelsZh) as [T, string][];
  return new Map(
    entries.flatMap(([value, label]) => [[value.toLowerCase(), value] as const, [label, value] as const]),
  );
}

const STAGE_BY_TEXT = lookup(STAGE_LABELS_ZH);
const SCOPE_BY_TEXT = lookup(SCOPE_LABELS_ZH);

const length = (text: string): number => Array.from(text).length;

/**
 * The same reply typed twice rarely matches byte for byte: spacing, full-width letters and digits
 * from a Chinese IME (ｆｈ，１２３) and capitals differ. Only those are ignored, never wording.
 */
export function normaliseBody(body: string): string {
  return body
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[A-Z]/g, (char) => char.toLowerCase());
}

/**
 * A title for a row that has none: the body's first clause when it ends within the first twenty
 * characters, else the first twenty with an ellipsis, never splitting a `{variable}`.
 */
export function deriveTitle(body: string): string {
  const chars = Array.from(body.replace(/\s+/g, ' ').trim());
  const trimBreaks = (part: string[]): string => part.join('').replace(TRAILING_BREAKS, '');
  if (chars.length <= DERIVED_TITLE_LENGTH) return trimBreaks(chars) || chars.join('');
  const head = chars.slice(0, DERIVED_TITLE_LENGTH + 1);
  for (let i = DERIVED_TITLE_LENGTH; i >= MIN_DERIVED_TITLE_LENGTH; i -= 1) {
    if (CLAUSE_BREAK.test(head[i] ?? '')) return trimBreaks(chars.slice(0, i));
  }
  let cut = DERIVED_TITLE_LENGTH;
  const open = head.lastIndexOf('{', cut - 1);
  if (open > 0 && head.lastIndexOf('}', cut - 1) < open) cut = open;
  return `${chars.slice(0, cut).join('')}…`;
}

function groupKey(name: string, scope: string): string {
  return `${scope}\u0000${name}`;
}

export function planPhraseImport(
  read: PhraseFileContent,
  existing: ExistingLibrary,
  options: ImportOptions,
): ImportReport {
  const columnOf = (field: PhraseField): string => read.columns?.[field] ?? DEFAULT_COLUMNS[field];
  const existingGroups = new Map(existing.groups.map((group) => [groupKey(group.name, group.scope), group]));
  const newGroups = new Map<string, { name: string; stage: PhraseStage; scope: PhraseScope }>();
  const seenBodies = new Set<string>();
  const report: ImportReport = {
    format: read.format,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    totalRows: read.rows.length,
    toAdd: [],
    newGroups: [],
    duplicates: [],
    invalid: [...read.problems],
  };

  for (const row of read.rows) {
    const problems: PhraseFileProblem[] = [];
    const problem = (field: PhraseField, messageKey: string, params: Record<string, unknown> = {}): void => {
      problems.push({ row: row.row, column: columnOf(field), messageKey, params });
    };

    if (row.group === '') problem('group', 'validation.import.groupEmpty');
    else if (length(row.group) > MAX_GROUP_NAME_LENGTH) {
      problem('group', 'validation.import.groupTooLong', { max: MAX_GROUP_NAME_LENGTH });
    }
    if (row.body === '') problem('body', 'validation.import.bodyEmpty');
    else if (length(row.body) > MAX_BODY_LENGTH) {
      problem('body', 'validation.import.bodyTooLong', { max: MAX_BODY_LENGTH, length: length(row.body) });
    }
    if (length(row.title) > MAX_TITLE_LENGTH) {
      problem('title', 'validation.import.titleTooLong', { max: MAX_TITLE_LENGTH });
    }
    if (row.shortcut !== '' && !IMPORT_SHORTCUT.test(row.shortcut)) {
      problem('shortcut', 'validation.import.shortcutInvalid', { value: row.shortcut });
    }
    if (row.tags.length > MAX_TAGS) problem('tags', 'validation.import.tooManyTags', { max: MAX_TAGS });
    const longTag = row.tags.find((tag) => length(tag) > MAX_TAG_LENGTH);
    if (longTag) problem('tags', 'validation.import.tagTooLong', { max: MAX_TAG_LENGTH, value: longTag });
    if (row.questions.length > QUESTION_LIMITS.perPhrase) {
      problem('questions', 'validation.import.tooManyQuestions', { max: QUESTION_LIMITS.perPhrase });
    }
    // Counted as the synced limit counts (UTF-16 units), so an imported question always syncs.
    const longQuestion = row.questions.find((question) => question.length > QUESTION_LIMITS.length);
    if (longQuestion) {
      problem('questions', 'validation.import.questionTooLong', {
        max: QUESTION_LIMITS.length,
        value: longQuestion,
      });
    }

    const explicitStage = row.stage === '' ? undefined : STAGE_BY_TEXT.get(row.stage.toLowerCase());
    if (row.stage !== '' && !explicitStage) {
      problem('stage', 'validation.import.stageUnknown', { value: row.stage });
    }
    const scope = row.scope === '' ? options.defaultScope : SCOPE_BY_TEXT.get(row.scope.toLowerCase());
    if (!scope) problem('scope', 'validation.import.scopeUnknown', { value: row.scope });
    else if (scope === 'team' && !options.canWriteTeam) problem('scope', 'validation.import.teamNotAllowed');

    if (problems.length > 0 || !scope) {
      report.invalid.push(...problems);
      continue;
    }

    const title = row.title || deriveTitle(row.body);
    const bodyKey = normaliseBody(row.body);
    if (existing.bodies.has(bodyKey)) {
      report.duplicates.push({ row: row.row, title, reason: 'sameContentInLibrary' });
      continue;
    }
    if (seenBodies.has(bodyKey)) {
      report.duplicates.push({ row: row.row, title, reason: 'sameContentInFile' });
      continue;
    }
    seenBodies.add(bodyKey);

    const key = groupKey(row.group, scope);
    const existingStage = existingGroups.get(key)?.stage;
    const groupStage = (PHRASE_STAGES as readonly string[]).includes(existingStage ?? '')
      ? (existingStage as PhraseStage)
      : newGroups.get(key)?.stage;
    const stage = explicitStage ?? groupStage ?? 'general';
    if (!existingGroups.has(key) && !newGroups.has(key)) {
      newGroups.set(key, { name: row.group, stage, scope });
    }
    report.toAdd.push({
      row: row.row,
      groupName: row.group,
      stage,
      scope,
      // The library keeps codes in lower case (the panel matches them case-blind).
      shortcut: row.shortcut.toLowerCase(),
      title,
      body: row.body,
      tags: row.tags,
      questions: row.questions,
    });
  }
  report.newGroups = [...newGroups.values()];
  return report;
}
