import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/accounts';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { CHOSEN_ACCOUNT_KEY } from '../useAdminAccount';
import { MenuEditorPage } from './MenuEditorPage';

const H5_CHAT_URL = 'https://desk.example.com/h5/wx0123456789abcdef';
const ACCOUNT = { id: 7, name: '售后号', appId: 'wx0123456789abcdef', h5ChatUrl: H5_CHAT_URL } as Account;
const OTHER = { id: 8, name: '售前号', appId: 'wx00000000000000ff', h5ChatUrl: H5_CHAT_URL } as Account;

/** The account the antd picker shows as chosen. */
function shownAccount() {
  return screen
    .getByRole('combobox', { name: '公众号' })
    .closest('.ant-select')
    ?.querySelector('.ant-select-selection-item')?.textContent;
}

/** Confirms the publish warning in the dialog it opens. */
async function confirmPublish() {
  const dialog = await screen.findByRole('dialog');
  expect(dialog.textContent).toContain('替换“售后号”现有的自定义菜单');
  await userEvent.click(within(dialog).getByRole('button', { name: '发布到微信' }));
}

describe('MenuEditorPage', () => {
  afterEach(() => localStorage.removeItem(CHOSEN_ACCOUNT_KEY));

  it('loads the account’s menu, counts bytes live and publishes only after the replace warning', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT])),
      on('GET', '/api/admin/accounts/7/menu', () =>
        jsonResponse(200, { buttons: [{ name: '客服', type: 'click', key: 'svc' }] }),
      ),
      on('PUT', '/api/admin/accounts/7/menu', (call) => jsonResponse(200, call.body)),
    );
    renderWithI18n(<MenuEditorPage />);

    const name = await screen.findByDisplayValue('客服');
    expect(screen.getAllByTestId('byte-count')[0].textContent).toBe('6/16 字节');
    await userEvent.type(name, '中心');
    expect(screen.getAllByTestId('byte-count')[0].textContent).toBe('12/16 字节');

    await userEvent.click(screen.getByTestId('menu-publish'));
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
    await confirmPublish();

    expect(await screen.findByText(/已发布/)).toBeTruthy();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.body).toEqual({ buttons: [{ name: '客服中心', type: 'click', key: 'svc', subButtons: [] }] });
  });

  it('opens on the first account, and on the account last picked on any screen while it is bound', async () => {
    stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT, OTHER])),
      on('GET', '/api/admin/accounts/7/menu', () =>
        jsonResponse(200, { buttons: [{ name: '售后', type: 'click', key: 'a' }] }),
      ),
      on('GET', '/api/admin/accounts/8/menu', () =>
        jsonResponse(200, { buttons: [{ name: '售前', type: 'click', key: 'b' }] }),
      ),
    );
    const first = renderWithI18n(<MenuEditorPage />);
    expect(await screen.findByDisplayValue('售后')).toBeTruthy();
    expect(screen.queryByText('请选择公众号')).toBeNull();

    await userEvent.click(screen.getByRole('combobox', { name: '公众号' }));
    await userEvent.click(await screen.findByTitle('售前号 (wx00000000000000ff)'));
    expect(await screen.findByDisplayValue('售前')).toBeTruthy();
    first.unmount();

    const second = renderWithI18n(<MenuEditorPage />);
    expect(await screen.findByDisplayValue('售前')).toBeTruthy();
    expect(shownAccount()).toBe('售前号 (wx00000000000000ff)');
    second.unmount();

    // An account no longer bound is forgotten: the screen opens on the first again.
    localStorage.setItem(CHOSEN_ACCOUNT_KEY, '99');
    renderWithI18n(<MenuEditorPage />);
    expect(await screen.findByDisplayValue('售后')).toBeTruthy();
  });

  it('previews the menu as a phone shows it, sub-menus opening above their button', async () => {
    stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [ACCOUNT])),
      on('GET', '/api/admin/accounts/7/menu', () =>
        jsonResponse(200, {
          buttons: [
            { name: '客服', type: 'click', key: 'svc' },
            {
              name: '更多',
              subButtons: [
                { name: '官网', type: 'view', url: 'https://example.com' },
                { name: '帮助', type: 'click', key: 'help' },
              ],
            },
          ],
        }),
      ),
    );
    renderWithI18n(<MenuEditorPage />);
    const bar = await screen.findByRole('navigation', { name: '手机底部菜单' });
    expect(
      within(bar)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['客服', '更多']);
    expect(within(bar).queryByText('官网')).toBeNull();

    await userEvent.click(within(bar).getByRole('button', { name: '更多' }));
    expect(
      within(bar)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['官网', '帮助']);

    // Edits show at once, an emptied name as where the name goes.
    await userEvent.clear(screen.getByDisplayValue('客服'));
    expect(within(bar).getAllByRole('button')[0].textContent).toBe('菜单名称');
  });

  it('shows problems instead of publishing, and the server’s field errors beside the field', async () => {
    setCsrfCookie();
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
    await userEvent.click(await screen.findByTestId('menu-add-top'));

    await userEvent.click(screen.getByTestId('menu-publish'));
    expect(screen.getAllByText('不能为空')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();

    await userEvent.type(screen.getByLabelText('菜单名称'), '客服');
    await userEvent.type(screen.getByLabelText('菜单 KEY（点击事件上报的值）'), 'svc');
    await userEvent.click(screen.getByTestId('menu-publish'));
    await confirmPublish();
    expect(
      await screen.findByText('最多 128 字节（汉字占 3 字节），当前 130', { selector: '.field-error' }),
    ).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1);
  });

  it('fills a view button’s URL with the account’s H5 chat link', async () => {
    setCsrfCookie();
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

    await userEvent.click(await screen.findByRole('button', { name: '填入 H5 客服链接' }));
    expect(screen.getByDisplayValue(H5_CHAT_URL)).toBeTruthy();
    expect(screen.queryByTestId('menu-1-use-h5')).toBeNull();

    await userEvent.click(screen.getByTestId('menu-publish'));
    await confirmPublish();
    await vi.waitFor(() => expect(calls.find((call) => call.method === 'PUT')).toBeTruthy());
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      buttons: [
        { name: '在线客服', type: 'view', url: H5_CHAT_URL, subButtons: [] },
        { name: '客服', type: 'click', key: 'svc', subButtons: [] },
      ],
    });
  });
});
