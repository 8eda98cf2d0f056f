export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  readonly status: number;
  readonly fields: FieldErrors;
  /** The whole error body, for endpoints that explain more than a message, e.g. compiler messages. */
  readonly body: unknown;

  constructor(status: number, message: string, fields: FieldErrors = {}, body: unknown = undefined) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.fields = fields;
    this.body = body;
  }
}

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

let onUnauthorized: (() => void) | null = null;

/** Called when a request outside /api/auth/ gets 401, i.e. the session has ended. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

async function ensureCsrfToken(): Promise<void> {
  if (readCookie(CSRF_COOKIE) === null) {
    await request<void>('GET', '/api/auth/csrf');
  }
}

/** The CSRF header for requests that do not go through fetch, e.g. the STOMP CONNECT frame. */
export async function csrfHeaders(): Promise<Record<string, string>> {
  await ensureCsrfToken();
  const token = readCookie(CSRF_COOKIE);
  return token === null ? {} : { [CSRF_HEADER]: token };
}

/**
 * A FormData body is sent as multipart (the browser sets the boundary), a Blob as is with its own type
 * (e.g. a BPMN file as application/xml); anything else as JSON.
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const text = await (await send(method, path, 'application/json', body)).text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A resource that is not JSON, e.g. a BPMN file; errors still come back as JSON. */
export async function requestText(path: string, accept: string): Promise<string> {
  return (await send('GET', path, `${accept}, application/json`)).text();
}

async function send(method: string, path: string, accept: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept };
  if (method !== 'GET') Object.assign(headers, await csrfHeaders());
  const raw = body instanceof FormData || body instanceof Blob;
  if (body !== undefined && !raw) headers['Content-Type'] = 'application/json';

  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
  });

  if (!response.ok) throw await failure(response, path);
  return response;
}

/** The ApiError for a failed response; a 401 outside /api/auth/ means the session has ended. */
export async function failure(response: Response, path: string): Promise<ApiError> {
  const error = await toApiError(response);
  if (error.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.();
  return error;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const data = (await response.json()) as { error?: unknown; fields?: unknown };
    const message = typeof data.error === 'string' ? data.error : '';
    const fields = data.fields && typeof data.fields === 'object' ? (data.fields as FieldErrors) : {};
    return new ApiError(response.status, message, fields, data);
  } catch {
    return new ApiError(response.status, '');
  }
}
