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
  /** Picks per learned question as indexed, keyed by learnedKey. */
  learned: Map<string, number>;
}

const learnedKey = (phraseId: string, text: string) => `${phraseId}\u0000${text}`;

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
    const questions = visibleLearned(phrases);
    index.build(
      [...phrases.values()].map((phrase) => suggestable(phrase, groupNames.get(phrase.groupId) ?? '')),
      questions,
    );
    const picks = new Map(questions.map((q) => [learnedKey(q.phraseId, q.text), q.picks]));
    loaded = { agentId: who.agentId, index, phrases, groupNames, learned: picks };
    return loaded;
  }

  /** Questions learned for phrases this agent cannot see (a colleague's personal ones) stay out. */
  function visibleLearned(phrases: ReadonlyMap<string, Phrase>): LearnedQuestion[] {
    return learned.all().filter((question) => phrases.has(question.phraseId));
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
      if (!loaded?.phrases.has(question.phraseId)) return;
      loaded.index.learn(question);
      loaded.learned.set(learnedKey(question.phraseId, question.text), question.picks);
    },
    /** A supervisor pruned the question: it no longer pulls the phrase up. */
    forget(phraseId: string, text: string) {
      if (!loaded) return;
      loaded.index.forget(phraseId, text);
      loaded.learned.delete(learnedKey(phraseId, text));
    },
    /**
     * The team's picks and prunes arrived with a pull: only what changed goes into the index.
     * Every colleague's pick comes this way, every 30 s; rebuilding the whole index for each would
     * cost the next question the full build.
     */
    refreshLearned() {
      if (!loaded) return;
      const state = loaded;
      const seen = new Set<string>();
      for (const question of visibleLearned(state.phrases)) {
        const key = learnedKey(question.phraseId, question.text);
        seen.add(key);
        if (state.learned.get(key) === question.picks) continue;
        state.index.learn(question);
        state.learned.set(key, question.picks);
      }
      for (const key of [...state.learned.keys()]) {
        if (seen.has(key)) continue;
        const [phraseId, text] = key.split('\u0000') as [string, string];
        state.index.forget(phraseId, text);
        state.learned.delete(key);
      }
    },
    /** Group renames, imports, pulled rows and identity changes: rebuild on the next question. */
    invalidate() {
      loaded = null;
    },
  };
}

export type PhraseSuggester = ReturnType<typeof createPhraseSuggester>;
