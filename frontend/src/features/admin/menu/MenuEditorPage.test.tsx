import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/accounts';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { MenuEditorPage } from './MenuEditorPage';

const ACCOUNT = { id: 7, name: '售后号', appId: 'wx0123456789abcdef' } as Account;

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
      on('GET', '/api/admin/accounts/7/menu', () => jsonResponse(200, { buttons: [{ name: '客服', type: 'click', key: 'svc' }] })),
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
    expect(put?.body).toEqual({ buttons: [{ name: '客服中心', type: 'click', key: 'svc' }] });
  });

  it('shows problems instead of publishing, and the server’s field errors beside the field', async () => {
    setCsrfCookie();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT])),
      on('GET', '/api/admin/accounts/7/menu', () => jsonResponse(200, { buttons: [] })),
      on('PUT', '/api/admin/accounts/7/menu', () =>
        jsonResponse(400, { error: 'x', fields: { 'buttons[0].key': 'buttons[0].key: 服务器说不行' } }),
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
    expect(await screen.findByText('buttons[0].key: 服务器说不行')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1);
  });
});
