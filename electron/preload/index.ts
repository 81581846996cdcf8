/**
 * The renderer's only door to the app: `window.kefu`, one typed function per contract method,
 * all over the single `kefu:call` channel. No `ipcRenderer`, no generic invoke.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../api/api-result';
import { METHOD_NAMES } from '../api/method-names';
import { buildKefuClient } from '../api/kefu-client';
import { KEFU_CALL_CHANNEL } from '../main/ipc-channel';

contextBridge.exposeInMainWorld(
  'kefu',
  buildKefuClient(
    METHOD_NAMES,
    (method, input) => ipcRenderer.invoke(KEFU_CALL_CHANNEL, method, input) as Promise<ApiResult<unknown>>,
  ),
);
