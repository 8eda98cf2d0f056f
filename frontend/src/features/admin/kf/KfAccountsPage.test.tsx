import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../api/accounts';
import type { KfAccounts } from '../../../api/kfAccounts';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { CHOSEN_ACCOUNT_KEY } from '../useAdminAccount';
import { KfAccountsPage } from './KfAccountsPage';

const ACCOUNT = { id: 7, name: '售后号', appId: 'wx0123456789abcdef' } as Account;
const AGENT = { userId: 3, username: 'wang', displayName: '小王' };

const off: KfAccounts = { agents: [AGENT] };
const synced: KfAccounts = {
  settings: { wechatId: 'shouhou_1', enabled: true },
  agents: [
    { ...AGENT, kfAccount: 'kf3@shouhou_1', nickname: '小王', syncedAt: '2026-12-03T15:40:00Z' },
    {
      userId: 4,
      username: 'li',
      displayName: '小李',
      kfAccount: 'kf4@shouhou_1',
      nickname: '小李',
      errorCode: 65400,
      errorReason: 'kf.problem.notEnabled',
    },
  ],
};

describe('KfAccountsPage', () => {
  afterEach(() => localStorage.removeItem(CHOSEN_ACCOUNT_KEY));

  it("saves the WeChat ID and the switch, then shows each agent's account and WeChat's reason", async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT])),
      on('GET', '/api/admin/accounts/7/kf-accounts', () => jsonResponse(200, off)),
      on('PUT', '/api/admin/accounts/7/kf-accounts', () => jsonResponse(200, synced)),
    );
    renderWithI18n(<KfAccountsPage />);

    expect(await screen.findByText('未开启', undefined, { timeout: 5000 })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('公众号微信号'), 'shouhou_1');
    await userEvent.click(screen.getByRole('switch'));
    await userEvent.click(screen.getByRole('button', { name: '保存并同步' }));

    expect(await screen.findByText('已保存，已与微信同步')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      wechatId: 'shouhou_1',
      enabled: true,
    });
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]).getByText('kf3@shouhou_1')).toBeTruthy();
    expect(within(rows[1]).getByText('已同步')).toBeTruthy();
    expect(
      within(rows[2]).getByText('公众号未开通（或尚未开通完成）新版客服功能 · 微信错误码 65400'),
    ).toBeTruthy();
  });

  it('checks the WeChat ID before asking the server, and shows the server’s refusal on the field', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT])),
      on('GET', '/api/admin/accounts/7/kf-accounts', () => jsonResponse(200, off)),
      on('PUT', '/api/admin/accounts/7/kf-accounts', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { wechatId: { code: 'kf.wechatIdFormat', params: { min: 6, max: 20 } } },
        }),
      ),
    );
    renderWithI18n(<KfAccountsPage />);

    const wechatId = await screen.findByLabelText('公众号微信号');
    await userEvent.type(wechatId, '1abc');
    await userEvent.click(screen.getByRole('button', { name: '保存并同步' }));
    expect(await screen.findByText('微信号须为 6-20 位字母、数字、下划线或减号，以字母开头')).toBeTruthy();
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);

    await userEvent.clear(wechatId);
    await userEvent.type(wechatId, 'abcdef');
    await userEvent.click(screen.getByRole('button', { name: '保存并同步' }));
    expect(await screen.findByText('微信号须为 6-20 位字母、数字、下划线或减号，以字母开头')).toBeTruthy();
    expect(calls.some((call) => call.method === 'PUT')).toBe(true);
  });
});
