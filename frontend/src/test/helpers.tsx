import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';

export function renderWithI18n(ui: ReactElement) {
  return render(<I18nProvider>{ui}</I18nProvider>);
}

export function jsonResponse(status: number, body?: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export interface Call {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

/** A response, or a promise of one for tests that decide when the server answers. */
export type Route = (call: Call) => Response | Promise<Response> | undefined;

/** Stubs fetch with a list of routes; the first that returns a response answers. Records every call. */
export function stubFetch(...routes: Route[]) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      method: init.method ?? 'GET',
      url: String(input),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : (init.body ?? undefined),
      headers: (init.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    for (const route of routes) {
      const response = route(call);
      if (response) return response;
    }
    throw new Error(`Unexpected request ${call.method} ${call.url}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export function on(
  method: string,
  url: string,
  respond: (call: Call) => Response | Promise<Response>,
): Route {
  return (call) => (call.method === method && call.url === url ? respond(call) : undefined);
}

export function setCsrfCookie(value = 'csrf-token') {
  document.cookie = `XSRF-TOKEN=${value}; path=/`;
}
