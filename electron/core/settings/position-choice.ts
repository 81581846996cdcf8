/**
 * 岗位 as Settings and first-run setup see it: chosen on the desk while it works alone; once bound
 * to a server it is the server's (whoami at binding, set by a supervisor in the console), so the
 * desk shows it and does not change it, and `refresh` asks the server again (Settings and the
 * welcome do as they open), so a change made in the console reaches the desk without re-binding.
 */
import { z } from 'zod';
import { POSITIONS, type Position } from '../../../common/positions';
import { positionRule } from '../../../common/settings/settings-rules';
import { AppError } from '../app-error';
import { requireIdentity } from './identity-checks';
import type { SettingsService } from './settings-service';

export const positionStateSchema = z.object({
  position: z.enum(POSITIONS).nullable(),
  /** Bound to a server: the position is the server's. */
  fromServer: z.boolean(),
});

export const positionInputSchema = z.object({ position: positionRule.nullable() }).strict();

export type PositionState = z.infer<typeof positionStateSchema>;

export interface PositionChoiceDeps {
  settings: Pick<SettingsService, 'identity' | 'position' | 'setPosition'>;
  /** Whether the desk is bound to a sync server. */
  bound: () => boolean;
  /** The bound server's answer (whoami): its position for this agent, null when it has none. */
  serverPosition: () => Promise<Position | null | undefined>;
}

export function createPositionChoice({ settings, bound, serverPosition }: PositionChoiceDeps) {
  function get(): PositionState {
    return { position: settings.position(), fromServer: bound() };
  }

  function save(position: Position | null): PositionState {
    requireIdentity(settings.identity);
    if (bound()) throw new AppError('conflict', 'errors.position.fromServer');
    settings.setPosition(position);
    return get();
  }

  /**
   * Bound: the server's position, stored when it has one (as binding does). Unreachable or
   * refusing, the server is asked again next time; the last known position stands meanwhile and
   * the sync status says what is wrong.
   */
  async function refresh(): Promise<PositionState> {
    requireIdentity(settings.identity);
    if (!bound()) return get();
    const answer = await serverPosition().catch(() => undefined);
    if (answer) settings.setPosition(answer);
    return get();
  }

  return { get, save, refresh };
}
