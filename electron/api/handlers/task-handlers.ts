/** Follow-up task methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { TASK_METHODS } from '../contracts/task-methods';
import type { HandlersFor } from '../handler-types';

export function createTaskHandlers(core: CoreServices): HandlersFor<typeof TASK_METHODS> {
  return {
    'tasks.list': (input) => core.tasks.list(input),
    'tasks.save': (input) => core.tasks.save(input),
    'tasks.complete': ({ id }) => core.tasks.complete(id),
    'tasks.snooze': ({ id, until }) => core.tasks.snooze(id, until),
    'tasks.cancel': ({ id }) => core.tasks.cancel(id),
    'tasks.reopen': ({ id }) => core.tasks.reopen(id),
    'tasks.setComplaintStep': ({ id, step, done }) => core.tasks.setComplaintStep(id, step, done),
    'tasks.runRules': ({ orderIds }) =>
      orderIds === undefined ? core.tasks.runAllRules() : core.tasks.runRulesFor(orderIds),
    'tasks.badge': () => core.tasks.badge(),
  };
}
