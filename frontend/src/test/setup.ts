import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { FakeStompClient } from './fakeStomp';

vi.mock('@stomp/stompjs', async () => ({ Client: (await import('./fakeStomp')).FakeStompClient }));

// Ant Design's responsive parts ask for media queries, which jsdom does not have: none of them match.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
  localStorage.clear();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  window.location.hash = '';
  FakeStompClient.instances = [];
});
