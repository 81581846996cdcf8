/**
 * The one routing decision this version needs: the frameless panel window loads the same page
 * with `#/panel`; everything else is the main window.
 */
import { useSyncExternalStore } from 'react';

export type Route = 'panel' | 'main';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const routeOfHash = (hash: string): Route => (hash.startsWith('#/panel') ? 'panel' : 'main');

export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeOfHash(window.location.hash));
}
