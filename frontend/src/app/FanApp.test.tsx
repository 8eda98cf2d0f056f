import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, on, renderWithI18n, stubFetch } from '../test/helpers';
import { FanApp } from './FanApp';
import { isFanPath } from './fanPaths';

describe('FanApp', () => {
  it('opens the fan’s H5 chat at #/h5 without a desk login, and WeChat’s failed authorization at #/h5?failed=oauth', async () => {
    stubFetch(
      on('GET', '/api/h5/session', () => jsonResponse(401, { error: 'No session' })),
      () => jsonResponse(404),
    );
    window.location.hash = '#/h5';
    const { unmount } = renderWithI18n(<FanApp />);
    expect(await screen.findByText('会话已失效，请从公众号菜单重新打开客服')).toBeTruthy();
    unmount();

    window.location.hash = '#/h5?failed=oauth';
    renderWithI18n(<FanApp />);
    expect(await screen.findByText('微信授权失败，请重新打开')).toBeTruthy();
  });

  it('takes the H5 chat and rating links as fan pages, and nothing of the desk', () => {
    expect(isFanPath('/h5')).toBe(true);
    expect(isFanPath('/h5?failed=oauth')).toBe(true);
    expect(isFanPath('/rate/abc')).toBe(true);
    expect(isFanPath('/h5x')).toBe(false);
    expect(isFanPath('/workbench')).toBe(false);
    expect(isFanPath('/')).toBe(false);
  });
});
