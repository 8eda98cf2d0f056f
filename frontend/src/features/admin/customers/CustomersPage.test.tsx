import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { CustomersPage } from './CustomersPage';

const account = { id: 4, name: '客服号', appId: 'wx0123456789abcdef' };
const quota = { limit: 5, sent: 0, remaining: 5 };
const agent = {
  userId: 8,
  username: 'li',
  displayName: '小李',
  status: 'ONLINE',
  maxConcurrent: 3,
  activeCount: 0,
  queueIds: [],
  skills: {},
};

describe('CustomersPage', () => {
  beforeEach(() => setCsrfCookie());

  it('makes a fan a designated customer only with an owner agent', async () => {
    const { calls } = stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [account])),
      on('GET', '/api/admin/agents', () => jsonResponse(200, [agent])),
      on('GET', '/api/fans?accountId=4&page=0&size=20', () =>
        jsonResponse(200, {
          items: [{ id: 11, accountId: 4, openid: 'o_fan_11', subscribed: true, tags: [], quota }],
          total: 1,
          page: 0,
          size: 20,
        }),
      ),
      on('GET', '/api/admin/customers/11', () =>
        jsonResponse(200, { fanId: 11, vip: false, designated: false }),
      ),
      on('PUT', '/api/admin/customers/11', (call) =>
        jsonResponse(200, { fanId: 11, ...(call.body as object) }),
      ),
    );
    renderWithI18n(<CustomersPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '编辑' }));

    await user.click(await screen.findByLabelText('指定客户'));
    expect(await screen.findByText('指定客户须设置所属座席')).toBeTruthy();
    expect((screen.getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByLabelText('所属座席'));
    const owners = await screen.findAllByTitle('小李 (li)');
    await user.click(owners[owners.length - 1]);
    await user.click(screen.getByLabelText('VIP 客户'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      ownerAgentId: 8,
      vip: true,
      designated: true,
    });
  });

  it('says so when the account has no fans yet', async () => {
    stubFetch(
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [account])),
      on('GET', '/api/admin/agents', () => jsonResponse(200, [agent])),
      on('GET', '/api/fans?accountId=4&page=0&size=20', () =>
        jsonResponse(200, { items: [], total: 0, page: 0, size: 20 }),
      ),
    );
    renderWithI18n(<CustomersPage />);
    expect(await screen.findByText('该公众号还没有粉丝发过消息。')).toBeTruthy();
  });
});
