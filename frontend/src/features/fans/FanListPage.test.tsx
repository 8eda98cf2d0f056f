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
const closedFanOf = (fan: FanListItem): FanListItem => ({
  ...fan,
  quota: closedFan.quota,
  sendRefusal: 'WINDOW_CLOSED',
});
const page = (items: FanListItem[]) => ({ items, total: items.length, page: 0, size: 20 });

describe('FanListPage', () => {
  it('disables starting a conversation with the reason when the window is closed or the fan is served', async () => {
    const servedFan: FanListItem = {
      ...openFan,
      id: 4,
      openid: 'o_served',
      nickname: '王五',
      servingAgent: 'agent2',
    };
    stubFetch(
      on('GET', '/api/fans?page=0&size=20', () => jsonResponse(200, page([openFan, closedFan, servedFan]))),
    );
    renderWithI18n(<FanListPage />);

    const closedRow = (await screen.findByText('o_closed')).closest('tr') as HTMLElement;
    expect(within(closedRow).getByRole('button', { name: '发起会话' })).toHaveProperty('disabled', true);
    expect(within(closedRow).getByText('超过 48 小时互动窗口，无法主动发起')).toBeTruthy();
    const servedRow = screen.getByText('王五').closest('tr') as HTMLElement;
    expect(within(servedRow).getByRole('button', { name: '发起会话' })).toHaveProperty('disabled', true);
    expect(within(servedRow).getByText('粉丝已在会话中（agent2）')).toBeTruthy();
    const openRow = screen.getByText('李华').closest('tr') as HTMLElement;
    expect(within(openRow).getByText('4')).toBeTruthy();
  });

  it('shows an anonymous H5 visitor without a WeChat window, and why no conversation can be started', async () => {
    const visitor: FanListItem = {
      ...closedFan,
      id: 5,
      openid: 'h5_0123456789abcdef',
      sendRefusal: 'WEB_VISITOR',
    };
    stubFetch(on('GET', '/api/fans?page=0&size=20', () => jsonResponse(200, page([visitor]))));
    renderWithI18n(<FanListPage />);

    const row = (await screen.findByText('h5_0123456789abcdef')).closest('tr') as HTMLElement;
    expect(within(row).getByText('H5 匿名访客：不经过微信，没有 48 小时窗口')).toBeTruthy();
    expect(within(row).queryByText('已关闭')).toBeNull();
    expect(within(row).getByRole('button', { name: '发起会话' })).toHaveProperty('disabled', true);
    expect(within(row).getByText('该访客未经微信授权进入 H5 页面，只能在 TA 的 H5 会话中回复')).toBeTruthy();
  });

  it('starts a conversation and opens the workbench on it', async () => {
    setCsrfCookie();
    window.location.hash = '#/fans';
    const { calls } = stubFetch(
      on('GET', '/api/fans?page=0&size=20', () => jsonResponse(200, page([openFan]))),
      on('POST', '/api/fans/1/conversations', () =>
        jsonResponse(201, { conversationId: 77, agentUsername: 'agent1' }),
      ),
    );
    renderWithI18n(<FanListPage />);

    await userEvent.type(await screen.findByLabelText('第一条消息'), '您好，新品到了');
    await userEvent.click(screen.getByRole('button', { name: '发起会话' }));

    await vi.waitFor(() => expect(window.location.hash).toBe('#/workbench/77'));
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({ text: '您好，新品到了' });
  });

  it('shows why the server refused to start the conversation', async () => {
    setCsrfCookie();
    stubFetch(
      on('GET', '/api/fans?page=0&size=20', () => jsonResponse(200, page([openFan]))),
      on('POST', '/api/fans/1/conversations', () =>
        jsonResponse(409, {
          code: 'conversation.agentAtLimit',
          params: { max: 3 },
        }),
      ),
    );
    renderWithI18n(<FanListPage />);

    await userEvent.type(await screen.findByLabelText('第一条消息'), '您好');
    await userEvent.click(screen.getByRole('button', { name: '发起会话' }));

    expect((await screen.findByRole('alert')).textContent).toBe('您已达接待上限，请先结束一个会话');
  });

  it('says a refusal once when the reloaded list shows the same reason', async () => {
    setCsrfCookie();
    let refused = false;
    stubFetch(
      on('GET', '/api/fans?page=0&size=20', () =>
        jsonResponse(200, page([refused ? closedFanOf(openFan) : openFan])),
      ),
      on('POST', '/api/fans/1/conversations', () => {
        refused = true;
        return jsonResponse(409, { code: 'fan.windowClosed', params: {} });
      }),
    );
    renderWithI18n(<FanListPage />);

    await userEvent.type(await screen.findByLabelText('第一条消息'), '您好');
    await userEvent.click(screen.getByRole('button', { name: '发起会话' }));

    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: '发起会话' })).toHaveProperty('disabled', true),
    );
    expect(screen.getAllByText('超过 48 小时互动窗口，无法主动发起')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
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
