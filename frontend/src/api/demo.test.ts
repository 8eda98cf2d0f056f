import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, on, stubFetch } from '../test/helpers';
import { setUnauthorizedHandler } from './client';
import { fetchDemoInfo } from './demo';

describe('fetchDemoInfo', () => {
  afterEach(() => setUnauthorizedHandler(null));

  it('returns the info in demo mode', async () => {
    stubFetch(on('GET', '/api/demo/info', () => jsonResponse(200, { demo: true, logins: [] })));
    expect(await fetchDemoInfo()).toEqual({ demo: true, logins: [] });
  });

  it('is null outside demo mode and does not treat the 401 as an ended session', async () => {
    const ended = vi.fn();
    setUnauthorizedHandler(ended);
    stubFetch(on('GET', '/api/demo/info', () => jsonResponse(401, { error: '请先登录' })));

    expect(await fetchDemoInfo()).toBeNull();
    expect(ended).not.toHaveBeenCalled();
  });
});
