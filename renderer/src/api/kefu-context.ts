/** Hands the one `KefuClient` to every component without reaching for a global. */
import { createContext, useContext } from 'react';
import type { KefuClient } from '../../../electron/api/kefu-client';

export const KefuContext = createContext<KefuClient | null>(null);

export function useKefu(): KefuClient {
  const client = useContext(KefuContext);
  if (!client) throw new Error('useKefu outside <KefuContext>');
  return client;
}
