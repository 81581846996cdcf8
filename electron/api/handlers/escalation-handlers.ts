/** Escalation methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { ESCALATION_METHODS } from '../contracts/escalation-methods';
import type { HandlersFor } from '../handler-types';

export function createEscalationHandlers(core: CoreServices): HandlersFor<typeof ESCALATION_METHODS> {
  return {
    'escalations.open': (input) => core.escalations.open(input),
    'escalations.list': (input) => core.escalations.list(input),
    'escalations.get': ({ id }) => core.escalations.get(id),
    'escalations.forSource': ({ sourceKind, sourceId }) => core.escalations.forSource(sourceKind, sourceId),
    'escalations.answer': (input) => core.escalations.answer(input),
    'escalations.takeOver': ({ id }) => core.escalations.takeOver(id),
    'escalations.close': ({ id }) => core.escalations.close(id),
  };
}
