import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The path after "#", e.g. "/accounts"; hash routing lets the backend serve index.html from "/" only. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash.replace(/^#/, '') || '/');
}

export function navigate(path: string): void {
  window.location.hash = path;
}
