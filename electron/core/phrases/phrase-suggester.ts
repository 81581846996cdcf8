/**
 * The host's suggested replies (推荐话术): the engine (common/suggest) indexed once over the
 * visible library and the team's learned questions, kept in step with every library edit and
 * every pick, and asked with the agent's frecency as a tie-breaker.
 */
import { normalizeQuestion } from '../../../common/suggest/question-text';
import { createSuggestionIndex, type SuggestionIndex } from '../../../common/suggest/suggestion-index';
import type { LearnedQuestion, SuggestablePhrase } from '../../../common/suggest/suggestion-types';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import type { LearnedQuestions } from './learned-questions';
import type { PhraseFinder } from './phrase-finder';
import type { PhraseLibrary } from './phrase-library';
import type { Phrase, SuggestionHitView } from './phrase-schema';

export interface PhraseSuggesterDeps {
  identity: () => Identity | null;
  library: PhraseLibrary;
  learned: LearnedQuestions;
  finder: PhraseFinder;
}

interface LoadedIndex {
  agentId: string;
  index: SuggestionIndex;
  phrases: Map<string, Phrase>;
  groupNames: Map<string, string>;
}

export function createPhraseSuggester({ identity, library, learned, finder }: PhraseSuggesterDeps) {
  let loaded: LoadedIndex | null = null;

  const suggestable = (phrase: Phrase, groupName: string): SuggestablePhrase => ({
    id: phrase.id,
    title: phrase.title,
    shortcut: phrase.shortcut,
    body: phrase.body,
    tags: phrase.tags,
    groupName,
    questions: phrase.questions,
  });

  function load(who: Identity): LoadedIndex {
    if (loaded && loaded.agentId === who.agentId) return loaded;
    const groupNames = new Map(library.groups().map((group) => [group.id, group.name]));
    const phrases = new Map(library.phrases().map((phrase) => [phrase.id, phrase]));
    const index = createSuggestionIndex();
    index.build(
      [...phrases.values()].map((phrase) => suggestable(phrase, groupNames.get(phrase.groupId) ?? '')),
      // Questions learned for phrases this agent cannot see (a colleague's personal ones) stay out.
      learned.all().filter((question) => phrases.has(question.phraseId)),
    );
    loaded = { agentId: who.agentId, index, phrases, groupNames };
    return loaded;
  }

  library.onChange(({ upserted, removedIds }) => {
    if (!loaded) return;
    for (const phrase of upserted) {
      loaded.phrases.set(phrase.id, phrase);
      loaded.index.upsertPhrase(suggestable(phrase, loaded.groupNames.get(phrase.groupId) ?? ''));
    }
    for (const id of removedIds) {
      loaded.phrases.delete(id);
      loaded.index.removePhrase(id);
    }
  });

  function suggest(question: string, limit: number): { question: string; hits: SuggestionHitView[] } {
    const state = load(requireIdentity(identity));
    const frecency = finder.frecency();
    const found = state.index.suggest(question, {
      limit,
      frecency: (phraseId) => frecency.get(phraseId) ?? 0,
    });
    const hits = found.flatMap((hit) => {
      const phrase = state.phrases.get(hit.phraseId);
      if (!phrase) return [];
      return [
        {
          phrase,
          groupName: state.groupNames.get(phrase.groupId) ?? '',
          score: hit.score,
          why: hit.why,
        },
      ];
    });
    return { question: normalizeQuestion(question), hits };
  }

  return {
    suggest,
    /** A pick was just counted (picks summed over the team): it ranks from the next question on. */
    learn(question: LearnedQuestion) {
      if (loaded?.phrases.has(question.phraseId)) loaded.index.learn(question);
    },
    /** A supervisor pruned the question: it no longer pulls the phrase up. */
    forget(phraseId: string, text: string) {
      loaded?.index.forget(phraseId, text);
    },
    /** Group renames, imports, pulled rows and identity changes: rebuild on the next question. */
    invalidate() {
      loaded = null;
    },
  };
}

export type PhraseSuggester = ReturnType<typeof createPhraseSuggester>;
