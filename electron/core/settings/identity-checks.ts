/**
 * Who is at this desk, as every service asks before it writes: set up (first run done) and, for
 * the team's shared library and templates, a supervisor.
 */
import { AppError } from '../app-error';
import type { Identity } from './settings-service';

export const canWriteTeam = (who: Identity): boolean => who.role !== 'agent';

export function requireIdentity(identity: () => Identity | null): Identity {
  const who = identity();
  if (!who) throw new AppError('notSetUp', 'errors.notSetUp');
  return who;
}
