import type { CoreServices } from '../../core/core-services';
import type { TASK_METHODS } from '../contracts/task-methods';
import type { HandlersFor } from '../handler-types';

export function createTaskHandlers(_core: CoreServices): HandlersFor<typeof TASK_METHODS> {
  return {};
}
