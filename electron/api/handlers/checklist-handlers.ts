/** Daily checklist methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { CHECKLIST_METHODS } from '../contracts/checklist-methods';
import type { HandlersFor } from '../handler-types';

export function createChecklistHandlers(core: CoreServices): HandlersFor<typeof CHECKLIST_METHODS> {
  return {
    'checklist.template': () => core.checklist.template(),
    'checklist.saveStep': (input) => core.checklist.saveStep(input),
    'checklist.removeStep': ({ id }) => core.checklist.removeStep(id),
    'checklist.reorder': ({ stepIds }) => core.checklist.reorder(stepIds),
    'checklist.today': () => core.checklist.today(),
    'checklist.check': (input) => core.checklist.check(input),
    'checklist.uncheck': ({ itemId }) => core.checklist.uncheck(itemId),
  };
}
