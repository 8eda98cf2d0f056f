import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../api/accounts';
import type { Authorizer } from '../../../api/component';
import { jsonResponse, on, renderWithI18n, stubFetch } from '../../../test/helpers';
import { AccountsPage } from './AccountsPage';

const authorized: Account = {
  id: 9,
  name: '扫码号',
  originalId: 'gh_00000000c0de',
  appId: 'wx00000000000000c0',
  tokenSet: false,
  appSecretSet: false,
  encodingAesKeySet: false,
  previousEncodingAesKeySet: false,
  previousTokenSet: false,
  state: 'ACTIVE',
  pushUrl: 'https://desk.example.com/wechat/component/wx00000000000000c0/messages',
  status: { handshakeAt: null, lastMessageAt: null, tokenOkAt: null, lastError: null },
  h5ChatUrl: 'https://desk.example.com/h5/wx00000000000000c0',
  h5Authorization: 'BASE',
  binding: 'COMPONENT',
};

const webOnly: Authorizer = {
  accountId: 9,
  headImg: 'http://wx.qlogo.cn/mmopen/x/0',
  serviceType: 2,
  verifyType: 0,
  funcIds: [4],
  messagesGranted: false,
  webAuthorizationGranted: true,
};

describe('AccountsPage, accounts bound by QR code', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('says why WeChat authorization did not complete', async () => {
    window.location.hash = '#/?authorizationError=component.notVerified';
    stubFetch(on('GET', '/api/admin/accounts', () => jsonResponse(200, [])));
    renderWithI18n(<AccountsPage />);

    expect((await screen.findByRole('alert')).textContent).toBe(
      '微信授权未完成：只能绑定已认证的订阅号或服务号（该公众号未认证）',
    );
  });

  it('shows what WeChat told of the account and that its push channel is off without message management', async () => {
    window.location.hash = '#/?authorized=wx00000000000000c0';
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [authorized])),
      on('GET', '/api/admin/component/authorizers', () => jsonResponse(200, [webOnly])),
      on('GET', '/api/admin/accounts/9/domain-verification', () => new Response(null, { status: 404 })),
    );
    renderWithI18n(<AccountsPage />);

    expect((await screen.findByRole('status')).textContent).toBe(
      '已通过微信授权绑定公众号 wx00000000000000c0。',
    );
    // Asked once the list shows a QR-bound account.
    expect(await screen.findByText(/仅网页授权/, undefined, { timeout: 3000 })).toBeTruthy();
    expect(calls.filter((call) => call.url === '/api/admin/component/authorizers')).toHaveLength(1);
    expect(screen.getByAltText('扫码号 的头像').getAttribute('src')).toBe(webOnly.headImg);
    expect(screen.getByText('服务号')).toBeTruthy();
    expect(screen.getByText('扫码授权')).toBeTruthy();
  });
});
