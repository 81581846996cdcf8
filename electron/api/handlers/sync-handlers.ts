/** Sync methods → the core's sync service; joining a shop → the core's first-run join. */
import type { CoreServices } from '../../core/core-services';
import type { SYNC_METHODS } from '../contracts/sync-methods';
import type { HandlersFor } from '../handler-types';

export function createSyncHandlers(core: CoreServices): HandlersFor<typeof SYNC_METHODS> {
  return {
    'sync.status': () => core.sync.status(),
    'sync.now': () => core.sync.now(),
    'sync.issues': () => core.sync.issues(),
    'sync.dismissIssue': ({ mutationId }) => ({ dismissed: core.sync.dismissIssue(mutationId) }),
    'sync.fixIssue': ({ mutationId }) => core.sync.fixIssue(mutationId),
    'sync.configure': (input) => core.sync.configure(input),
    'sync.disconnect': () => core.sync.disconnect(),
    'sync.join': (input) => core.join(input),
  };
}
