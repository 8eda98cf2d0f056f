import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FanListItem } from '../../api/fans';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { FanListPage } from './FanListPage';

const future = new Date(Date.now() + 3_600_000).toISOString();
const openFan: FanListItem = {
  id: 1,
  accountId: 3,
  openid: 'o_open',
  nickname: '李华',
  subscribed: true,
  tags: ['老客户'],
  quota: { windowKind: 'MESSAGE', windowEndsAt: future, limit: 5, sent: 1, remaining: 4 },
  sendRefusal: null,
};
const closedFan: FanListItem = {
  id: 2,
  accountId: 3,
  openid: 'o_closed',
  subscribed: true,
  tags: [],
  quota: { limit: 0, sent: 0, remaining: 0 },
  sendRefusal: 'WINDOW_CLOSED',
};
const page = (items: FanListItem[]) => ({ items, total: items.length, page: 0, size: 20 });

describe('FanListPage', () => {
  it('disables the proactive message with the reason when the window is closed', async () => {
    stubFetch(on('GET', '/api/fans?page=0&size=20', () => jsonResponse(200, page([openFan, closedFan]))));
    renderWithI18n(<FanListPage />);

    const closedRow = (await screen.findByText('o_closed')).closest('tr') as HTMLElement;
    expect(within(closedRow).getByRole('button', { name: '发送' })).toHaveProperty('disabled', true);
    expect(within(closedRow).getByText('超过 48 小时互动窗口，无法主动发送')).toBeTruthy();
    const openRow = screen.getByText('李华').closest('tr') as HTMLElement;
    expect(within(openRow).getByText('4')).toBeTruthy();
  });

  it('sends a proactive text and shows the server refusal when WeChat would refuse it', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/fans?page=0&size=20', () => jsonResponse(200, page([openFan]))),
      on('POST', '/api/fans/1/messages', () =>
        jsonResponse(409, { error: '本窗口的客服消息条数已用完', fields: { reason: 'QUOTA_SPENT' } }),
      ),
    );
    renderWithI18n(<FanListPage />);

    await userEvent.type(await screen.findByLabelText('消息内容'), '新品到了');
    await userEvent.click(screen.getByRole('button', { name: '发送' }));

    expect((await screen.findByRole('alert')).textContent).toBe('本窗口的客服消息条数已用完，需等粉丝再次发消息');
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({ kind: 'TEXT', content: { text: '新品到了' } });
  });

  it('searches by name and tag', async () => {
    const { calls } = stubFetch(
      on('GET', '/api/fans?page=0&size=20', () => jsonResponse(200, page([openFan]))),
      on('GET', '/api/fans?page=0&size=20&q=%E6%9D%8E&tag=%E8%80%81%E5%AE%A2%E6%88%B7', () =>
        jsonResponse(200, page([openFan])),
      ),
    );
    renderWithI18n(<FanListPage />);
    await screen.findByText('李华');

    await userEvent.type(screen.getByLabelText('搜索昵称或 openid'), '李');
    await userEvent.type(screen.getByLabelText('按标签筛选'), '老客户');
    await userEvent.click(screen.getByRole('button', { name: '搜索' }));

    await screen.findByText('李华');
    await vi.waitFor(() => expect(calls).toHaveLength(2));
  });
});
