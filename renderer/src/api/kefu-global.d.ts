import type { KefuClient } from '../../../electron/api/kefu-client';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser served by the web host. */
    readonly kefu?: KefuClient;
  }
}
