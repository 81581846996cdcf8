/** Which main-window page the hash names, following back/forward and sidebar links. */
import { useMemo, useSyncExternalStore } from 'react';
import { locationOfHash, pageOfHash, type HashLocation, type PageId } from './nav-items';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useMainPage(): PageId {
  return useSyncExternalStore(subscribe, () => pageOfHash(window.location.hash));
}

/** The whole hash, parsed: page, sub-path and parameters (`#/customers?id=…`). */
export function useHashLocation(): HashLocation {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => locationOfHash(hash), [hash]);
}

export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}
