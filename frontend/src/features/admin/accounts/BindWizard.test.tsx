import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/accounts';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { BindWizard } from './BindWizard';

const KEY = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123+/9';

const created: Account = {
  id: 7,
  name: '客服号',
  originalId: 'gh_0123456789ab',
  appId: 'wx0123456789abcdef',
  tokenSet: true,
  appSecretSet: true,
  encodingAesKeySet: true,
  previousEncodingAesKeySet: false,
  previousTokenSet: false,
  state: 'ACTIVE',
  pushUrl: 'https://desk.example.com/wechat/push/7',
  status: { handshakeAt: null, lastMessageAt: null, tokenOkAt: null, lastError: null },
  h5ChatUrl: 'https://desk.example.com/h5/wx0123456789abcdef',
  h5Authorization: 'USERINFO',
  binding: 'DEVELOPER',
};

function input(label: string): HTMLInputElement {
  return screen.getByLabelText(label);
}

/** The message antd's Form.Item shows under the field, which the input names in aria-describedby. */
function errorOf(label: string): string | undefined {
  const describedBy = input(label).getAttribute('aria-describedby') ?? '';
  return (
    describedBy
      .split(' ')
      .map((id) => document.getElementById(id))
      .find((element) => element?.id.endsWith('_help'))
      ?.querySelector('.ant-form-item-explain-error')?.textContent ?? undefined
  );
}

async function fillStep1() {
  await userEvent.type(input('原始ID'), 'gh_0123456789ab');
  await userEvent.type(input('AppID'), 'wx0123456789abcdef');
  await userEvent.type(input('AppSecret'), '0123456789abcdef0123456789abcdef');
  await userEvent.type(input('名称'), '客服号');
  await userEvent.click(screen.getByRole('button', { name: '下一步' }));
}

async function fillStep2() {
  await userEvent.type(input('Token'), 'tok123');
  await userEvent.click(input('EncodingAESKey'));
  await userEvent.paste(KEY);
}

function renderWizard() {
  setCsrfCookie();
  const onCreated = vi.fn();
  const onClose = vi.fn();
  renderWithI18n(<BindWizard onCreated={onCreated} onClose={onClose} />);
  return { onCreated, onClose };
}

describe('BindWizard', () => {
  it('validates step 1 before moving on', async () => {
    stubFetch();
    renderWizard();

    await userEvent.type(input('原始ID'), 'gh_123');
    await userEvent.click(screen.getByRole('button', { name: '下一步' }));

    await vi.waitFor(() => expect(errorOf('原始ID')).toBe('原始ID须为 gh_ 加 12 位十六进制字符'));
    await vi.waitFor(() => expect(errorOf('名称')).toBe('请输入名称'));
    expect(screen.getByText(/第 1 步/)).toBeTruthy();
  });

  it('shows field errors from a 400 response beside the fields', async () => {
    const { calls } = stubFetch(
      on('POST', '/api/admin/accounts', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: {
            appId: { code: 'account.alreadyBound', params: {} },
            token: { code: 'account.tokenFormat', params: {} },
          },
        }),
      ),
    );
    const { onCreated } = renderWizard();

    await fillStep1();
    expect(await screen.findByText(/第 2 步/)).toBeTruthy();
    expect(screen.getByText(/安全模式/)).toBeTruthy();
    await fillStep2();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    // antd words each field's message as an alert too: the summary is the desk's own.
    expect((await screen.findByText('请检查输入')).getAttribute('role')).toBe('alert');
    expect(screen.getByText(/第 1 步/)).toBeTruthy();
    await vi.waitFor(() => expect(errorOf('AppID')).toBe('该公众号已绑定'));
    expect(input('AppID').getAttribute('aria-invalid')).toBe('true');
    expect(calls[0].body).toEqual({
      name: '客服号',
      originalId: 'gh_0123456789ab',
      appId: 'wx0123456789abcdef',
      appSecret: '0123456789abcdef0123456789abcdef',
      token: 'tok123',
      encodingAesKey: KEY,
      h5Authorization: 'BASE',
    });
    expect(onCreated).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: '下一步' }));
    expect(await screen.findByText(/第 2 步/)).toBeTruthy();
    expect(errorOf('Token')).toBe('Token 须为 3-32 位字母或数字');
  });

  it('fills Token and EncodingAESKey with generated values', async () => {
    const { calls } = stubFetch(
      on('POST', '/api/admin/accounts/generated-secrets', () =>
        jsonResponse(200, { token: 'GenToken42', encodingAesKey: KEY }),
      ),
    );
    renderWizard();

    await fillStep1();
    await userEvent.type(input('Token'), 'x');
    await userEvent.click(screen.getByRole('button', { name: '生成' }));

    await vi.waitFor(() => expect(input('Token').value).toBe('GenToken42'));
    expect(input('EncodingAESKey').value).toBe(KEY);
    expect(new Headers(calls[0].headers).get('X-XSRF-TOKEN')).toBe('csrf-token');
  });

  it('shows the push URL and the H5 chat link after saving and checks the credentials', async () => {
    const { calls } = stubFetch(
      on('POST', '/api/admin/accounts', () => jsonResponse(201, created)),
      on('POST', '/api/admin/accounts/7/verification', () =>
        jsonResponse(200, { ok: false, error: 'invalid ip' }),
      ),
    );
    const { onCreated, onClose } = renderWizard();

    await userEvent.click(screen.getByRole('combobox', { name: 'H5 客服网页授权' }));
    await userEvent.click(await screen.findByTitle('用户授权 snsapi_userinfo（昵称、头像，需访客同意）'));
    expect(screen.getByText(/需已认证的服务号具备网页授权权限/)).toBeTruthy();
    await fillStep1();
    await fillStep2();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(((await screen.findByLabelText('URL（服务器地址）')) as HTMLInputElement).value).toBe(
      created.pushUrl,
    );
    expect((screen.getByLabelText('H5 客服链接') as HTMLInputElement).value).toBe(created.h5ChatUrl);
    expect(calls[0].body).toMatchObject({ h5Authorization: 'USERINFO' });
    expect(screen.getByText('微信公众平台 → 设置与开发 → 基本配置 → 服务器配置 → 修改配置')).toBeTruthy();
    expect(screen.getByText('消息加解密方式：选 安全模式')).toBeTruthy();
    expect(onCreated).toHaveBeenCalledWith(created);

    await userEvent.click(screen.getByRole('button', { name: '验证凭据' }));
    expect((await screen.findByRole('alert')).textContent).toBe('凭据验证失败：invalid ip');

    await userEvent.click(screen.getByRole('button', { name: '完成' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('copies the push URL, or selects it when the clipboard is unavailable', async () => {
    stubFetch(on('POST', '/api/admin/accounts', () => jsonResponse(201, created)));
    renderWizard();
    await fillStep1();
    await fillStep2();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const url = (await screen.findByLabelText('URL（服务器地址）')) as HTMLInputElement;
    const field = url.closest('.field') as HTMLElement;

    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await userEvent.click(within(field).getByRole('button', { name: '复制' }));
    expect(writeText).toHaveBeenCalledWith(created.pushUrl);
    expect(within(field).getByRole('status').textContent).toBe('已复制');

    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    url.setSelectionRange(0, 0);
    await userEvent.click(within(field).getByRole('button', { name: '复制' }));
    expect(within(field).getByRole('status').textContent).toBe('已选中，请按 Ctrl+C 复制');
    expect(url.selectionEnd! - url.selectionStart!).toBe(created.pushUrl.length);
  });
});
