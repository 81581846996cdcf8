/**
 * The agent's 岗位 (common/positions.ts) as an install-local setting: chosen at setup or in
 * Settings while the desk works alone; once bound, the server's (whoami) overwrites it at binding
 * (sync-binding.ts). Null until set.
 */
import { isPosition, type Position } from '../../../common/positions';

export const POSITION_SETTING = 'position';

/** A stored value read back: anything that is not a known position reads as none. */
export const storedPosition = (value: unknown): Position | null => (isPosition(value) ? value : null);
