/**
 * The one IPC entry point's gatekeeper: only `kefu:call`, only from a live frame of the app's
 * own origin. Anything else (a navigated-away frame, file://, a remote page) gets `forbidden`
 * and never reaches the contract.
 */
import type { ApiResult } from '../api/api-result';
import type { Dispatch } from '../api/dispatch';
import { isTrustedUrl } from './app-origins';
import { KEFU_CALL_CHANNEL } from './ipc-channel';

/** The part of Electron's `WebFrameMain` the guard needs; null when the frame is gone. */
export interface SenderFrame {
  readonly url: string;
}

export const FORBIDDEN_RESULT: ApiResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'forbidden', messageKey: 'errors.forbidden', details: Object.freeze({}) }),
});

export function isTrustedSender(
  channel: string,
  frame: SenderFrame | null | undefined,
  origins: readonly string[],
): boolean {
  return channel === KEFU_CALL_CHANNEL && frame != null && isTrustedUrl(frame.url, origins);
}

/** What `ipcMain.handle` runs for every call, with the Electron event reduced to what it checks. */
export function createGuardedCall(dispatch: Dispatch, origins: readonly string[]) {
  return (channel: string, frame: SenderFrame | null | undefined, method: unknown, input: unknown) =>
    isTrustedSender(channel, frame, origins) ? dispatch(method, input) : Promise.resolve(FORBIDDEN_RESULT);
}
