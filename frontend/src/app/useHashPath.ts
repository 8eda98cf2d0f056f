import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The path after "#", e.g. "/h5": the fan pages' routing, kept this small so that their bundle carries
 * no router library (the desk routes with react-router).
 */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash.replace(/^#/, '') || '/');
}
