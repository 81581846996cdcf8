/** Which main-window page the hash names, following back/forward and sidebar links. */
import { useSyncExternalStore } from 'react';
import { pageOfHash, type PageId } from './nav-items';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useMainPage(): PageId {
  return useSyncExternalStore(subscribe, () => pageOfHash(window.location.hash));
}
