import { pageLang, wordError, type ErrorParams } from '../i18n/errors';

/** Worded field errors, keyed by the field's path (e.g. `buttons[0].name`). */
export type FieldErrors = Record<string, string>;

/** An error as the API sends it (docs/api-errors.md): a stable code and what its wording needs. */
export interface ErrorDetail {
  code: string;
  params: ErrorParams;
}

export class ApiError extends Error {
  readonly status: number;
  /** The server's code, e.g. `conversation.notFound`; empty when the answer had none. */
  readonly code: string;
  readonly params: ErrorParams;
  /** Each field's error worded in the UI's language, for showing beside the field. */
  readonly fields: FieldErrors;
  /** Each field's error as the server sent it. */
  readonly fieldErrors: Record<string, ErrorDetail>;
  /** The whole error body, for endpoints that explain more than a code, e.g. compiler messages. */
  readonly body: unknown;

  /** `message` is the error worded in the UI's language; empty when the answer had no code. */
  constructor(
    status: number,
    detail?: ErrorDetail,
    fieldErrors: Record<string, ErrorDetail> = {},
    body?: unknown,
  ) {
    const lang = pageLang();
    super(detail ? wordError(lang, detail.code, detail.params) : '');
    this.name = 'ApiError';
    this.status = status;
    this.code = detail?.code ?? '';
    this.params = detail?.params ?? {};
    this.fieldErrors = fieldErrors;
    this.fields = Object.fromEntries(
      Object.entries(fieldErrors).map(([field, error]) => [field, wordError(lang, error.code, error.params)]),
    );
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

function errorDetail(value: unknown): ErrorDetail | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { code, params } = value as { code?: unknown; params?: unknown };
  if (typeof code !== 'string') return undefined;
  return { code, params: params && typeof params === 'object' ? (params as ErrorParams) : {} };
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const data = (await response.json()) as { fields?: unknown };
    const fieldErrors: Record<string, ErrorDetail> = {};
    if (data.fields && typeof data.fields === 'object') {
      for (const [field, value] of Object.entries(data.fields)) {
        const detail = errorDetail(value);
        if (detail) fieldErrors[field] = detail;
      }
    }
    return new ApiError(response.status, errorDetail(data), fieldErrors, data);
  } catch {
    return new ApiError(response.status);
  }
}
