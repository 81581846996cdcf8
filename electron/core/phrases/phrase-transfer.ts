/**
 * Phrase import (dry-run report first, then an all-or-nothing write) and export, over the
 * file readers/writers; bytes in and out, the callers own the files.
 */
import type { KefuDb } from '../../../db/open-database';
import type { Language } from '../../../db/enums';
import { phraseGroups, phrases } from '../../../db/schema';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { PhraseFileFormatName } from './phrase-file-format';
import type { PhraseFinder } from './phrase-finder';
import type { PhraseSuggester } from './phrase-suggester';
import { readPhraseFile } from './phrase-file-read';
import { exportPhrases } from './phrase-export';
import { normaliseBody, planPhraseImport, type ImportReport } from './phrase-import-plan';
import { canWriteTeam, requireIdentity } from '../settings/identity-checks';
import { type PhraseLibrary } from './phrase-library';
import type { Identity } from '../settings/settings-service';

export interface PhraseTransferDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
  language: () => Language;
  library: PhraseLibrary;
  finder: PhraseFinder;
  suggester: PhraseSuggester;
}

export function createPhraseTransfer({
  db,
  clock,
  newId,
  identity,
  language,
  library,
  finder,
  suggester,
}: PhraseTransferDeps) {
  async function plan(fileName: string, bytes: Uint8Array): Promise<{ who: Identity; report: ImportReport }> {
    const who = requireIdentity(identity);
    const read = await readPhraseFile(fileName, bytes);
    const visible = library.phrases();
    const report = planPhraseImport(
      read,
      {
        groups: library.groups(),
        bodies: new Set(visible.map((p) => normaliseBody(p.body))),
        shortcuts: new Set(visible.map((p) => p.shortcut).filter(Boolean)),
      },
      { canWriteTeam: canWriteTeam(who), defaultScope: canWriteTeam(who) ? 'team' : 'personal' },
    );
    return { who, report };
  }

  async function apply(fileName: string, bytes: Uint8Array): Promise<ImportReport> {
    const { who, report } = await plan(fileName, bytes);
    // All or nothing: one bad row means the agent fixes the file and imports again.
    if (report.invalid.length > 0) {
      throw new AppError('validation', 'errors.import.hasInvalidRows', { count: report.invalid.length });
    }
    const at = clock.now();
    db.transaction((tx) => {
      const groupIds = new Map(library.groups().map((g) => [`${g.scope}\u0000${g.name}`, g.id]));
      const owned = { shopId: who.shopId, ownerId: who.agentId, createdAt: at, updatedAt: at };
      let groupOrder = library.groups().length;
      for (const group of report.newGroups) {
        const id = newId();
        groupOrder += 1;
        tx.insert(phraseGroups)
          .values({
            ...owned,
            id,
            name: group.name,
            stage: group.stage as (typeof phraseGroups.$inferInsert)['stage'],
            scope: group.scope as 'team' | 'personal',
            sortOrder: groupOrder,
          })
          .run();
        groupIds.set(`${group.scope}\u0000${group.name}`, id);
      }
      report.toAdd.forEach((draft, index) => {
        const groupId = groupIds.get(`${draft.scope}\u0000${draft.groupName}`);
        if (!groupId) throw new AppError('internal', 'errors.internal', { group: draft.groupName });
        tx.insert(phrases)
          .values({
            ...owned,
            id: newId(),
            groupId,
            scope: draft.scope,
            stage: draft.stage,
            title: draft.title,
            shortcut: draft.shortcut,
            body: draft.body,
            tags: draft.tags,
            questions: draft.questions,
            sortOrder: 10_000 + index,
          })
          .run();
      });
    });
    finder.invalidate();
    suggester.invalidate();
    return report;
  }

  async function exportLibrary(format: PhraseFileFormatName) {
    const all = library.phrases();
    const groups = library.groups().map((group) => ({
      name: group.name,
      stage: group.stage,
      scope: group.scope,
      phrases: all
        .filter((p) => p.groupId === group.id)
        .map((p) => ({
          shortcut: p.shortcut,
          title: p.title,
          body: p.body,
          tags: p.tags,
          questions: p.questions,
        })),
    }));
    return exportPhrases(groups, format, language());
  }

  return {
    preview: async (fileName: string, bytes: Uint8Array) => (await plan(fileName, bytes)).report,
    apply,
    exportLibrary,
  };
}

export type PhraseTransfer = ReturnType<typeof createPhraseTransfer>;
