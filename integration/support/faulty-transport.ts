/**
 * A transport that misbehaves the way networks do, on a seeded schedule: a request lost before
 * the server saw it, an answer lost after the server committed, a request delivered twice, and
 * an old push delivered again late (out of order). Wraps the real HTTP transport, so the server
 * under test sees exactly these deliveries.
 */
import type { PushRequest } from '../../common/sync/protocol';
import { SyncTransportError, type SyncTransport } from '../../electron/core/sync/sync-transport';

export interface FaultRates {
  dropRequest: number;
  dropResponse: number;
  duplicate: number;
  replayOld: number;
}

export const NO_FAULTS: FaultRates = { dropRequest: 0, dropResponse: 0, duplicate: 0, replayOld: 0 };

export interface FaultLog {
  dropRequest: number;
  dropResponse: number;
  duplicate: number;
  replayOld: number;
}

const lost = (what: string) => new SyncTransportError('network', `fault injected: ${what}`);

export function createFaultyTransport(
  real: () => SyncTransport,
  random: () => number,
  rates: () => FaultRates,
  log: FaultLog,
): SyncTransport {
  const sentPushes: PushRequest[] = [];

  async function deliver<T>(send: () => Promise<T>): Promise<T> {
    const faults = rates();
    if (random() < faults.dropRequest) {
      log.dropRequest += 1;
      throw lost('request dropped');
    }
    let answer = await send();
    if (random() < faults.duplicate) {
      log.duplicate += 1;
      answer = await send();
    }
    if (random() < faults.dropResponse) {
      log.dropResponse += 1;
      throw lost('response dropped after the server answered');
    }
    return answer;
  }

  return {
    whoAmI: () => real().whoAmI(),
    async push(request) {
      const faults = rates();
      if (sentPushes.length > 0 && random() < faults.replayOld) {
        log.replayOld += 1;
        const old = sentPushes[Math.floor(random() * sentPushes.length)]!;
        // A late duplicate of an earlier push; whatever the server answers is lost in the network.
        await real()
          .push(old)
          .catch(() => undefined);
      }
      sentPushes.push(request);
      return deliver(() => real().push(request));
    },
    pull: (request) => deliver(() => real().pull(request)),
  };
}
