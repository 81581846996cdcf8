/**
 * The selected phrase filled with what is known (settings, context, the inline form) and
 * linted, re-rendered as the agent types into the context line or the variable form.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import type { VariableKey } from '../phrases/phrase-labels';
import { createLatestRequest } from './latest-request';

export type RenderedPhrase = MethodOutput<'phrases.render'>;
export type VariableContext = NonNullable<MethodInput<'phrases.render'>['context']>;
export type VariableValues = NonNullable<MethodInput<'phrases.render'>['values']>;

export type RenderState =
  | { status: 'none' }
  | {
      status: 'ready';
      phraseId: string;
      rendered: RenderedPhrase;
      /**
       * Every variable this phrase has asked the agent for. A field must not vanish as soon as it
       * has a value (that is when the agent presses Enter in it), so the set only grows until
       * another phrase is selected.
       */
      asked: VariableKey[];
    }
  | { status: 'failed'; phraseId: string; error: ApiError };

export function useRenderedPhrase(
  phraseId: string | null,
  context: VariableContext,
  values: VariableValues,
): RenderState {
  const kefu = useKefu();
  const latest = useMemo(() => createLatestRequest(), []);
  const [state, setState] = useState<RenderState>({ status: 'none' });

  useEffect(() => {
    const isLatest = latest.begin();
    if (phraseId === null) return;
    void kefu.phrases.render({ phraseId, context, values }).then((result) => {
      if (!isLatest()) return;
      if (!result.ok) return setState({ status: 'failed', phraseId, error: result.error });
      setState((previous) => {
        const before = previous.status === 'ready' && previous.phraseId === phraseId ? previous.asked : [];
        const asked = [...before, ...result.value.missing.filter((key) => !before.includes(key))];
        return { status: 'ready', phraseId, rendered: result.value, asked };
      });
    });
  }, [kefu, latest, phraseId, context, values]);

  return phraseId === null ? { status: 'none' } : state;
}
