import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/accounts';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { AccountsPage } from './AccountsPage';
import { answerConfirm } from '../confirmInTest';

const KEY = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123+/9';

function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 3,
    name: '售后号',
    originalId: 'gh_0123456789ab',
    appId: 'wx0123456789abcdef',
    tokenSet: true,
    appSecretSet: true,
    encodingAesKeySet: true,
    previousEncodingAesKeySet: false,
    pushUrl: 'https://desk.example.com/wechat/push/3',
    h5ChatUrl: 'https://desk.example.com/h5/wx0123456789abcdef',
    h5Authorization: 'BASE',
    status: {
      handshakeAt: '2025-01-02T03:04:05Z',
      lastMessageAt: null,
      tokenOkAt: null,
      lastError: 'invalid appsecret',
    },
    ...overrides,
  };
}

describe('AccountsPage', () => {
  it('lists accounts with their status and refreshes every 10 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let listed = account();
    const { calls } = stubFetch(on('GET', '/api/admin/accounts', () => jsonResponse(200, [listed])));
    renderWithI18n(<AccountsPage />);

    const row = (await screen.findByText('售后号')).closest('tr') as HTMLElement;
    expect(row.querySelector('time')?.getAttribute('dateTime')).toBe('2025-01-02T03:04:05Z');
    expect(within(row).getAllByText('尚无')).toHaveLength(2);
    expect(within(row).getByText('invalid appsecret')).toBeTruthy();

    listed = account({ status: { ...listed.status, lastError: null } });
    await act(() => vi.advanceTimersByTimeAsync(10_000));

    expect(calls.filter((call) => call.url === '/api/admin/accounts')).toHaveLength(2);
    expect(await screen.findByText('无')).toBeTruthy();
    expect(screen.queryByText('invalid appsecret')).toBeNull();
  });

  it('uploads the web-authorization domain file as downloaded and removes it again', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [account()])),
      on('GET', '/api/admin/accounts/3/domain-verification', () => new Response(null, { status: 404 })),
      on('PUT', '/api/admin/accounts/3/domain-verification', (call) => jsonResponse(200, call.body)),
      on('DELETE', '/api/admin/accounts/3/domain-verification', () => new Response(null, { status: 200 })),
    );
    renderWithI18n(<AccountsPage />);
    expect(await screen.findByText('未上传')).toBeTruthy();

    const file = new File(['AbCd1234efGH5678\n'], 'MP_verify_AbCd1234efGH5678.txt', { type: 'text/plain' });
    await userEvent.upload(screen.getByTestId('domain-file-3'), file);

    const link = await screen.findByTestId('domain-file-3-current');
    expect(link.textContent).toBe('MP_verify_AbCd1234efGH5678.txt');
    expect(link.getAttribute('href')).toBe('/MP_verify_AbCd1234efGH5678.txt');
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      fileName: 'MP_verify_AbCd1234efGH5678.txt',
      content: 'AbCd1234efGH5678',
    });

    await userEvent.click(screen.getByRole('button', { name: '删除' }));
    await answerConfirm(true, '删除后微信将无法校验该域名');
    expect(await screen.findByText('未上传')).toBeTruthy();
  });

  it('has no domain file for an account whose H5 page takes anonymous visitors', async () => {
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [account({ h5Authorization: 'NONE' })])),
    );
    renderWithI18n(<AccountsPage />);
    await screen.findByText('售后号');

    expect(screen.queryByText('网页授权域名校验文件')).toBeNull();
    expect(calls.some((call) => call.url.endsWith('/domain-verification'))).toBe(false);
  });

  it('rotates the EncodingAESKey and then removes the previous one', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [account()])),
      on('POST', '/api/admin/accounts/generated-secrets', () =>
        jsonResponse(200, { token: 'unused', encodingAesKey: KEY }),
      ),
      on('PUT', '/api/admin/accounts/3/encoding-aes-key', () =>
        jsonResponse(200, account({ previousEncodingAesKeySet: true })),
      ),
      on('DELETE', '/api/admin/accounts/3/previous-encoding-aes-key', () => jsonResponse(200, account())),
    );
    renderWithI18n(<AccountsPage />);

    await userEvent.click(await screen.findByRole('button', { name: '轮换 EncodingAESKey' }));
    await userEvent.type(screen.getByLabelText('新 EncodingAESKey'), 'short');
    await userEvent.click(screen.getByRole('button', { name: '保存新密钥' }));
    expect(screen.getByText('EncodingAESKey 须为 43 位字母、数字、+ 或 /')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: '生成' }));
    await vi.waitFor(() =>
      expect((screen.getByLabelText('新 EncodingAESKey') as HTMLInputElement).value).toBe(KEY),
    );
    await userEvent.click(screen.getByRole('button', { name: '保存新密钥' }));

    expect(await screen.findByText('旧密钥仍可解密')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ encodingAesKey: KEY });
    expect(screen.queryByLabelText('新 EncodingAESKey')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '移除旧密钥' }));
    await answerConfirm(true, '现在移除旧密钥吗');

    await vi.waitFor(() => expect(screen.queryByText('旧密钥仍可解密')).toBeNull());
    expect(calls.some((call) => call.method === 'DELETE')).toBe(true);
  });

  it('shows the H5 chat link and changes the H5 web authorization', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [account()])),
      on('PUT', '/api/admin/accounts/3/h5-authorization', () =>
        jsonResponse(200, account({ h5Authorization: 'NONE' })),
      ),
    );
    renderWithI18n(<AccountsPage />);

    expect(((await screen.findByLabelText('H5 客服链接')) as HTMLInputElement).value).toBe(
      'https://desk.example.com/h5/wx0123456789abcdef',
    );
    const select = screen.getByLabelText('H5 客服网页授权') as HTMLSelectElement;
    expect(select.value).toBe('BASE');
    await userEvent.selectOptions(select, 'NONE');

    await vi.waitFor(() => expect(select.value).toBe('NONE'));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ h5Authorization: 'NONE' });
  });

  it('opens the binding wizard', async () => {
    stubFetch(on('GET', '/api/admin/accounts', () => jsonResponse(200, [])));
    renderWithI18n(<AccountsPage />);

    await userEvent.click(screen.getByRole('button', { name: '绑定公众号' }));

    expect(screen.getByRole('dialog', { name: '绑定公众号' })).toBeTruthy();
  });
});
