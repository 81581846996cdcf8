/** Position methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { POSITION_METHODS } from '../contracts/position-methods';
import type { HandlersFor } from '../handler-types';

export function createPositionHandlers(core: CoreServices): HandlersFor<typeof POSITION_METHODS> {
  return {
    'position.get': () => core.position.get(),
    'position.save': ({ position }) => core.position.save(position),
    'position.refresh': () => core.position.refresh(),
  };
}
