/** Frames of the web host's WebSocket transport (`/api`). Same calls as Electron IPC. */
import type { ApiResult } from './api-result';

export const WS_PATH = '/api';
/** Larger frames are refused: the largest legitimate call is a file import (≤ 11.2 MB base64). */
export const WS_MAX_FRAME_BYTES = 12 * 1024 * 1024;

export interface WsRequest {
  id: number;
  method: string;
  input: unknown;
}

export interface WsResponse {
  /** Null when the frame could not be read at all (not JSON, no id). */
  id: number | null;
  result: ApiResult<unknown>;
}
