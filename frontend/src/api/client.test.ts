import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, on, setCsrfCookie, stubFetch } from '../test/helpers';
import { ApiError, request, setUnauthorizedHandler } from './client';

describe('request', () => {
  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on POST, with same-origin credentials', async () => {
    setCsrfCookie('abc%2B123');
    const { calls, fetchMock } = stubFetch(on('POST', '/api/things', () => jsonResponse(200, { id: 1 })));

    const result = await request<{ id: number }>('POST', '/api/things', { name: 'x' });

    expect(result).toEqual({ id: 1 });
    expect(calls).toHaveLength(1);
    expect(calls[0].headers['X-XSRF-TOKEN']).toBe('abc+123');
    expect(calls[0].headers['Content-Type']).toBe('application/json');
    expect(calls[0].body).toEqual({ name: 'x' });
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ credentials: 'same-origin' });
  });

  it('fetches the CSRF cookie first when it is missing', async () => {
    const { calls } = stubFetch(
      on('GET', '/api/auth/csrf', () => {
        setCsrfCookie('fresh');
        return jsonResponse(204);
      }),
      on('POST', '/api/auth/logout', () => jsonResponse(204)),
    );

    const result = await request<void>('POST', '/api/auth/logout');

    expect(result).toBeUndefined();
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /api/auth/csrf',
      'POST /api/auth/logout',
    ]);
    expect(calls[1].headers['X-XSRF-TOKEN']).toBe('fresh');
  });

  it('sends FormData as multipart, leaving the boundary header to the browser', async () => {
    setCsrfCookie('abc');
    const { calls, fetchMock } = stubFetch(on('POST', '/api/media', () => jsonResponse(200, { id: 5 })));
    const form = new FormData();
    form.append('file', new File(['x'], 'a.png', { type: 'image/png' }));

    const result = await request<{ id: number }>('POST', '/api/media', form);

    expect(result).toEqual({ id: 5 });
    expect(fetchMock.mock.calls[0][1]?.body).toBe(form);
    expect(calls[0].headers['Content-Type']).toBeUndefined();
    expect(calls[0].headers['X-XSRF-TOKEN']).toBe('abc');
  });

  it('does not send the CSRF header on GET', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(on('GET', '/api/things', () => jsonResponse(200, [])));

    await request('GET', '/api/things');

    expect(calls[0].headers['X-XSRF-TOKEN']).toBeUndefined();
  });

  it('throws an ApiError carrying status, message and field errors', async () => {
    setCsrfCookie();
    stubFetch(
      on('POST', '/api/things', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { name: { code: 'input.tooLong', params: { max: 64 } } },
        }),
      ),
    );

    const error = await request('POST', '/api/things', {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'input.invalid',
      message: '请检查输入',
      fields: { name: '最多 64 个字符' },
      fieldErrors: { name: { code: 'input.tooLong', params: { max: 64 } } },
    });
  });

  it('reports an ended session on 401 outside /api/auth/, but not for auth calls', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(401, { error: 'Login required' })),
      on('GET', '/api/auth/me', () => jsonResponse(401)),
    );

    await expect(request('GET', '/api/auth/me')).rejects.toMatchObject({ status: 401, message: '' });
    expect(handler).not.toHaveBeenCalled();
    await expect(request('GET', '/api/admin/accounts')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
    setUnauthorizedHandler(null);
  });
});
