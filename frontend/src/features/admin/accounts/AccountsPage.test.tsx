import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/accounts';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { AccountsPage } from './AccountsPage';
import { answerConfirm } from '../confirmInTest';

/** Picks an action from the account's row menu. */
async function chooseAction(name: string) {
  await userEvent.click(await screen.findByRole('button', { name: /更多操作/ }));
  await userEvent.click(await screen.findByRole('menuitem', { name }));
}

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
    previousTokenSet: false,
    state: 'ACTIVE',
    pushUrl: 'https://desk.example.com/wechat/push/3',
    h5ChatUrl: 'https://desk.example.com/h5/wx0123456789abcdef',
    h5Authorization: 'BASE',
    binding: 'DEVELOPER',
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
    let stored = account();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [stored])),
      on('POST', '/api/admin/accounts/generated-secrets', () =>
        jsonResponse(200, { token: 'unused', encodingAesKey: KEY }),
      ),
      on('PUT', '/api/admin/accounts/3/encoding-aes-key', () => {
        stored = account({ previousEncodingAesKeySet: true });
        return jsonResponse(200, stored);
      }),
      on('DELETE', '/api/admin/accounts/3/previous-encoding-aes-key', () => {
        stored = account();
        return jsonResponse(200, stored);
      }),
    );
    renderWithI18n(<AccountsPage />);

    await chooseAction('轮换 EncodingAESKey');
    await userEvent.type(screen.getByLabelText('新 EncodingAESKey'), 'short');
    await userEvent.click(screen.getByRole('button', { name: '保存新密钥' }));
    expect(await screen.findByText('EncodingAESKey 须为 43 位字母、数字、+ 或 /')).toBeTruthy();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

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
    let stored = account();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [stored])),
      on('PUT', '/api/admin/accounts/3/h5-authorization', () => {
        stored = account({ h5Authorization: 'NONE' });
        return jsonResponse(200, stored);
      }),
    );
    renderWithI18n(<AccountsPage />);

    expect(((await screen.findByLabelText('H5 客服链接')) as HTMLInputElement).value).toBe(
      'https://desk.example.com/h5/wx0123456789abcdef',
    );
    const select = screen.getByRole('combobox', { name: 'H5 客服网页授权' });
    const shown = () =>
      select.closest('.ant-select')?.querySelector('.ant-select-selection-item')?.textContent;
    expect(shown()).toBe('静默授权 snsapi_base（仅 openid）');
    await userEvent.click(select);
    await userEvent.click(await screen.findByTitle('不授权（H5 接入，访客匿名）'));

    await vi.waitFor(() => expect(shown()).toBe('不授权（H5 接入，访客匿名）'));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ h5Authorization: 'NONE' });
  });

  it('edits the name and a new Token, keeping the AppSecret that is left empty', async () => {
    setCsrfCookie();
    let stored = account();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [stored])),
      on('PUT', '/api/admin/accounts/3', (call) => {
        const body = call.body as { name: string };
        if (body.name === '重名') {
          return jsonResponse(400, {
            code: 'input.invalid',
            params: {},
            fields: { name: { code: 'account.alreadyBound', params: {} } },
          });
        }
        stored = account({ name: body.name, previousTokenSet: true });
        return jsonResponse(200, stored);
      }),
    );
    renderWithI18n(<AccountsPage />);

    await chooseAction('编辑');
    const dialog = await screen.findByRole('dialog', { name: '编辑公众号' });
    const name = within(dialog).getByLabelText('名称') as HTMLInputElement;
    expect(name.value).toBe('售后号');
    expect((within(dialog).getByLabelText('新 AppSecret') as HTMLInputElement).value).toBe('');
    expect(within(dialog).getByText(/在那之前，用旧 Token 签名的推送仍被接受/)).toBeTruthy();

    await userEvent.type(within(dialog).getByLabelText('新 Token'), 'a!');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('Token 须为 3–32 位字母或数字')).toBeTruthy();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await userEvent.clear(within(dialog).getByLabelText('新 Token'));
    await userEvent.type(within(dialog).getByLabelText('新 Token'), 'NewToken42');
    await userEvent.clear(name);
    await userEvent.type(name, '重名');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('该公众号已绑定')).toBeTruthy();

    await userEvent.clear(name);
    await userEvent.type(name, '售前号');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('售前号')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT').at(-1)?.body).toEqual({
      name: '售前号',
      token: 'NewToken42',
    });
    expect(screen.getByText('旧 Token 仍被接受，直到微信改用新 Token')).toBeTruthy();
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: '编辑公众号' })).toBeNull());
  });

  it('disables an account after saying what that means, shows it, and enables it again', async () => {
    setCsrfCookie();
    let stored = account();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [stored])),
      on('PUT', '/api/admin/accounts/3/enabled', (call) => {
        const { enabled } = call.body as { enabled: boolean };
        stored = account({ state: enabled ? 'ACTIVE' : 'DISABLED' });
        return jsonResponse(200, stored);
      }),
    );
    renderWithI18n(<AccountsPage />);
    const row = (await screen.findByText('售后号')).closest('tr') as HTMLElement;
    expect(within(row).getByText('启用中')).toBeTruthy();

    await chooseAction('停用');
    await answerConfirm(false, '不再开始会话、不自动回复');
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await chooseAction('停用');
    await answerConfirm(true, 'H5 客服页显示“客服暂停服务”');
    expect(await within(row).findByText('已停用')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ enabled: false });

    await chooseAction('启用');
    expect(await within(row).findByText('启用中')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT').at(-1)?.body).toEqual({ enabled: true });
  });

  it('unbinds an account after saying that its history stays', async () => {
    setCsrfCookie();
    let listed = [account()];
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, listed)),
      on('DELETE', '/api/admin/accounts/3', () => {
        listed = [];
        return new Response(null, { status: 204 });
      }),
    );
    renderWithI18n(<AccountsPage />);
    await screen.findByText('售后号');

    await chooseAction('解绑');
    await answerConfirm(true, '会话、聊天记录、粉丝和评价全部保留');

    expect(await screen.findByText('尚未绑定公众号。')).toBeTruthy();
    expect(screen.queryByText('售后号')).toBeNull();
    expect(calls.some((call) => call.method === 'DELETE' && call.url === '/api/admin/accounts/3')).toBe(true);
  });

  it('opens the binding wizard', async () => {
    stubFetch(on('GET', '/api/admin/accounts', () => jsonResponse(200, [])));
    renderWithI18n(<AccountsPage />);

    await userEvent.click(screen.getByRole('button', { name: '绑定公众号' }));

    expect(screen.getByRole('dialog', { name: '绑定公众号' })).toBeTruthy();
  });
});
