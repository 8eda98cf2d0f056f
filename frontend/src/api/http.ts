import createClient from 'openapi-fetch';
import { csrfHeaders, failure } from './client';
import type { components, paths } from './schema';

/** A type the server's OpenAPI document names, e.g. Schema<'Workbench'>. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * The desk's API, typed from frontend/openapi.json: paths, parameters, bodies and answers all come from
 * the server's own description, so a changed server shape fails the build instead of the screen.
 */
export const api = createClient<paths>({
  // Absolute, because Request needs one outside a browser page (tests); the same origin either way.
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  // Looked up on each call rather than once, so that tests can stub fetch.
  fetch: (request) => globalThis.fetch(request),
});

api.use({
  async onRequest({ request }) {
    if (request.method !== 'GET') {
      for (const [name, value] of Object.entries(await csrfHeaders())) request.headers.set(name, value);
    }
    return request;
  },
  async onResponse({ request, response }) {
    if (!response.ok) throw await failure(response, new URL(request.url).pathname);
    return response;
  },
});

/** The answer of a call; a failed call has already thrown its ApiError in the middleware above. */
export async function answer<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}
