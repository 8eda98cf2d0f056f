import { fireEvent, render, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { DeskProviders } from '../app/DeskApp';
import { I18nProvider } from '../i18n/I18nProvider';

/** With the desk's providers too (queries, Ant Design), fresh for each render so tests share no cache. */
export function renderWithI18n(ui: ReactElement) {
  return render(
    <I18nProvider>
      <DeskProviders>{ui}</DeskProviders>
    </I18nProvider>,
  );
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
    const call = input instanceof Request ? await callOf(input) : callOfInit(String(input), init);
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

function callOfInit(url: string, init: RequestInit): Call {
  return {
    method: init.method ?? 'GET',
    url,
    body: typeof init.body === 'string' ? JSON.parse(init.body) : (init.body ?? undefined),
    headers: (init.headers ?? {}) as Record<string, string>,
  };
}

/** The typed client sends a Request to this page's origin; routes name the path, as the other calls do. */
async function callOf(request: Request): Promise<Call> {
  const url = new URL(request.url);
  const text = await request.text();
  return {
    method: request.method,
    url: url.pathname + url.search,
    body: text ? JSON.parse(text) : undefined,
    headers: Object.fromEntries(request.headers.entries()),
  };
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

/**
 * Picks an option of an Ant Design Select: opens it, then clicks the option in this select's own list
 * (other lists opened before stay in the page, with options of the same names).
 */
export async function chooseAntOption(
  user: { click: (element: Element) => Promise<void> },
  select: HTMLElement,
  option: string,
) {
  await user.click(select);
  const list = await waitFor(() => {
    const own = document.getElementById(select.getAttribute('aria-controls') ?? '');
    const dropdown = own?.closest('.ant-select-dropdown');
    if (!dropdown) throw new Error('The select has not opened');
    return dropdown as HTMLElement;
  });
  // The list may still be sliding in, with pointer events off, which user-event refuses to click through.
  fireEvent.click(await within(list).findByTitle(option));
}
