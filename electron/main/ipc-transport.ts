/** Serves the contract over exactly one IPC channel, every call passing the sender guard. */
import { ipcMain } from 'electron';
import type { Dispatch } from '../api/dispatch';
import { KEFU_CALL_CHANNEL } from './ipc-channel';
import { createGuardedCall } from './ipc-guard';

export function serveContractOverIpc(dispatch: Dispatch, origins: readonly string[]): void {
  const call = createGuardedCall(dispatch, origins);
  ipcMain.handle(KEFU_CALL_CHANNEL, (event, method: unknown, input: unknown) =>
    call(KEFU_CALL_CHANNEL, event.senderFrame, method, input),
  );
}
