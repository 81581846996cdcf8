/** Phrase library, panel search/delivery and linter methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { ImportReport } from '../../core/phrases/phrase-import-plan';
import type { PHRASE_METHODS } from '../contracts/phrase-methods';
import { fromBase64, type HandlersFor } from '../handler-types';

/** The report as the UI shows it: drafts without their bodies keep the answer small. */
const reportView = (report: ImportReport) => ({
  ...report,
  toAdd: report.toAdd.map(({ row, groupName, title, shortcut, scope }) => ({
    row,
    groupName,
    title,
    shortcut,
    scope,
  })),
});

export function createPhraseHandlers(core: CoreServices): HandlersFor<typeof PHRASE_METHODS> {
  return {
    'phrases.library': () => ({
      groups: core.library.groups(),
      phrases: core.library.phrases(),
      canWriteTeam: core.library.canWriteTeam(),
    }),
    'phrases.panelLibrary': () => core.finder.panelLibrary(),
    'phrases.search': ({ query, limit }) => core.finder.search(query, limit),
    'phrases.revision': () => ({ revision: core.finder.revision() }),
    'phrases.uses': () => ({ uses: core.finder.uses() }),
    'phrases.save': (input) => core.library.savePhrase(input),
    'phrases.delete': ({ id }) => {
      core.library.deletePhrase(id);
      return null;
    },
    'phrases.reorder': ({ groupId, orderedIds }) => {
      core.library.reorder(groupId, orderedIds);
      return null;
    },
    'phrases.render': ({ phraseId, context, values }) => core.delivery.render(phraseId, context, values),
    'phrases.preview': ({ body, context, values }) => core.delivery.preview(body, context, values),
    'phrases.deliver': ({ phraseId, context, values, mode, question, pinned }) =>
      core.delivery.deliver(phraseId, context, values, mode, { pinned, ...(question && { question }) }),
    'phrases.suggest': ({ question, limit }) => core.suggester.suggest(question, limit),
    'phrases.questions': ({ phraseId }) => ({
      examples: core.library.phrase(phraseId).questions,
      learned: core.learned.ofPhrase(phraseId),
    }),
    'phrases.pruneQuestion': ({ phraseId, text }) => {
      core.learned.prune(phraseId, text);
      core.suggester.forget(phraseId, text);
      return null;
    },
    'phrases.importPreview': async ({ fileName, contentBase64 }) =>
      reportView(await core.transfer.preview(fileName, fromBase64(contentBase64))),
    'phrases.importApply': async ({ fileName, contentBase64 }) =>
      reportView(await core.transfer.apply(fileName, fromBase64(contentBase64))),
    'phrases.export': async ({ format }) => {
      const file = await core.transfer.exportLibrary(format);
      return {
        fileName: file.fileName,
        mimeType: file.mimeType,
        contentBase64: Buffer.from(file.bytes).toString('base64'),
      };
    },
    'groups.save': (input) => core.library.saveGroup(input),
    'groups.delete': ({ id }) => {
      core.library.deleteGroup(id);
      return null;
    },
    'lint.rules': () => core.lintRules.rules(),
    'lint.saveRule': (input) => core.lintRules.save(input),
    'lint.deleteRule': ({ id }) => {
      core.lintRules.remove(id);
      return null;
    },
    'lint.check': ({ text }) => core.delivery.preview(text, {}, {}).findings,
  };
}
