/**
 * Which `kefu` the UI talks to: the preload's IPC client inside Electron, otherwise a shim over
 * the web host's WebSocket. Both have the same type, so nothing above this file knows the shell.
 */
import { proxyKefuClient, type KefuClient } from '../../../electron/api/kefu-client';
import { WS_PATH } from '../../../electron/api/ws-protocol';
import { createKefuConnection } from './kefu-connection';

export function apiSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${WS_PATH}`;
}

export function selectKefuClient(): KefuClient {
  if (window.kefu) return window.kefu;
  const connection = createKefuConnection({
    url: apiSocketUrl(window.location),
    createSocket: (url) => new WebSocket(url),
  });
  return proxyKefuClient(connection.call);
}
