import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/accounts';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { MenuEditorPage } from './MenuEditorPage';

const H5_CHAT_URL = 'https://desk.example.com/h5/wx0123456789abcdef';
const ACCOUNT = { id: 7, name: '售后号', appId: 'wx0123456789abcdef', h5ChatUrl: H5_CHAT_URL } as Account;

async function pickAccount() {
  await screen.findByRole('option', { name: /售后号/ });
  await userEvent.selectOptions(screen.getByLabelText('公众号'), '7');
}

describe('MenuEditorPage', () => {
  it('loads the account’s menu, counts bytes live and publishes only after the replace warning', async () => {
    setCsrfCookie();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT])),
      on('GET', '/api/admin/accounts/7/menu', () =>
        jsonResponse(200, { buttons: [{ name: '客服', type: 'click', key: 'svc' }] }),
      ),
      on('PUT', '/api/admin/accounts/7/menu', (call) => jsonResponse(200, call.body)),
    );
    renderWithI18n(<MenuEditorPage />);

    await pickAccount();
    const name = await screen.findByDisplayValue('客服');
    expect(screen.getAllByTestId('byte-count')[0].textContent).toBe('6/16 字节');
    await userEvent.type(name, '中心');
    expect(screen.getAllByTestId('byte-count')[0].textContent).toBe('12/16 字节');

    await userEvent.click(screen.getByTestId('menu-publish'));

    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('替换“售后号”现有的自定义菜单'));
    expect(await screen.findByText(/已发布/)).toBeTruthy();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.body).toEqual({ buttons: [{ name: '客服中心', type: 'click', key: 'svc', subButtons: [] }] });
  });

  it('shows problems instead of publishing, and the server’s field errors beside the field', async () => {
    setCsrfCookie();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT])),
      on('GET', '/api/admin/accounts/7/menu', () => jsonResponse(200, { buttons: [] })),
      on('PUT', '/api/admin/accounts/7/menu', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { 'buttons[0].key': { code: 'input.tooManyBytes', params: { max: 128, actual: 130 } } },
        }),
      ),
    );
    renderWithI18n(<MenuEditorPage />);
    await pickAccount();
    await userEvent.click(await screen.findByTestId('menu-add-top'));

    await userEvent.click(screen.getByTestId('menu-publish'));
    expect(screen.getAllByText('不能为空')).toHaveLength(2);
    expect(confirm).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('菜单名称'), '客服');
    await userEvent.type(screen.getByLabelText('菜单 KEY（点击事件上报的值）'), 'svc');
    await userEvent.click(screen.getByTestId('menu-publish'));
    expect(
      await screen.findByText('最多 128 字节（汉字占 3 字节），当前 130', { selector: '.field-error' }),
    ).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1);
  });

  it('fills a view button’s URL with the account’s H5 chat link', async () => {
    setCsrfCookie();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT])),
      on('GET', '/api/admin/accounts/7/menu', () =>
        jsonResponse(200, {
          buttons: [
            { name: '在线客服', type: 'view', url: 'https://example.com/old' },
            { name: '客服', type: 'click', key: 'svc' },
          ],
        }),
      ),
      on('PUT', '/api/admin/accounts/7/menu', (call) => jsonResponse(200, call.body)),
    );
    renderWithI18n(<MenuEditorPage />);
    await pickAccount();

    await userEvent.click(await screen.findByRole('button', { name: '填入 H5 客服链接' }));
    expect(screen.getByDisplayValue(H5_CHAT_URL)).toBeTruthy();
    expect(screen.queryByTestId('menu-1-use-h5')).toBeNull();

    await userEvent.click(screen.getByTestId('menu-publish'));
    await vi.waitFor(() => expect(calls.find((call) => call.method === 'PUT')).toBeTruthy());
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      buttons: [
        { name: '在线客服', type: 'view', url: H5_CHAT_URL, subButtons: [] },
        { name: '客服', type: 'click', key: 'svc', subButtons: [] },
      ],
    });
  });
});
