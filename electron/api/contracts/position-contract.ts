/** 岗位: the desk's position, chosen at setup and in Settings, the server's once bound. */
import { positionInputSchema, positionStateSchema } from '../../core/settings/position-choice';
import { method, noInput, type MethodSpec } from '../contract-kit';
import type { POSITION_METHODS } from './position-methods';

export const positionContract = {
  'position.get': method(noInput, positionStateSchema),
  'position.save': method(positionInputSchema, positionStateSchema),
  /** Bound: asks the server (whoami) for the position; alone, the desk's own. */
  'position.refresh': method(noInput, positionStateSchema),
} satisfies Record<(typeof POSITION_METHODS)[number], MethodSpec>;
