/** Morning briefing methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { BRIEFING_METHODS } from '../contracts/briefing-methods';
import type { HandlersFor } from '../handler-types';

export function createBriefingHandlers(core: CoreServices): HandlersFor<typeof BRIEFING_METHODS> {
  return {
    'briefings.today': () => core.briefings.today(),
    'briefings.save': (input) => core.briefings.save(input),
    'briefings.acknowledge': () => core.briefings.acknowledge(),
    'briefings.reads': () => core.briefings.reads(),
  };
}
