import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LeftMessage } from '../../api/leftMessages';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { LeftMessagesPanel } from './LeftMessagesPanel';

const OPEN: LeftMessage = {
  id: 7,
  conversationId: 70,
  accountId: 1,
  fanId: 9,
  openid: 'o_fan_9',
  fanName: '小王',
  status: 'OPEN',
  leftAt: '2030-01-01T08:00:00Z',
  leftOn: 'WECHAT',
  webVisitor: false,
  messages: [
    { at: '2030-01-01T08:00:00Z', kind: 'TEXT', text: '我要退货' },
    { at: '2030-01-01T08:01:00Z', kind: 'TEXT', text: '订单号 123' },
  ],
};

describe('LeftMessagesPanel', () => {
  it('lists what the fan wrote with the fan’s name, and claims the to-do', async () => {
    setCsrfCookie();
    let claimed = false;
    const { calls } = stubFetch(
      on('GET', '/api/left-messages', () =>
        jsonResponse(200, [claimed ? { ...OPEN, status: 'CLAIMED', claimedBy: 'agent1' } : OPEN]),
      ),
      on('POST', '/api/left-messages/7/claim', () => {
        claimed = true;
        return jsonResponse(200, { ...OPEN, status: 'CLAIMED', claimedBy: 'agent1' });
      }),
    );
    renderWithI18n(<LeftMessagesPanel me="agent1" />);

    expect(await screen.findByText('我要退货')).toBeTruthy();
    expect(screen.getByText('订单号 123')).toBeTruthy();
    expect(screen.getByText('小王')).toBeTruthy();
    expect(screen.getByText('待处理')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: '认领' }));
    expect(await screen.findByText('agent1 已认领')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST' && call.url === '/api/left-messages/7/claim')).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: '认领' })).toBeNull();
  });

  it('shows why an answer cannot reach the fan, and keeps the text', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/left-messages', () => jsonResponse(200, [OPEN])),
      on('POST', '/api/left-messages/7/answer', () =>
        jsonResponse(409, { code: 'fan.windowClosed', params: {} }),
      ),
    );
    renderWithI18n(<LeftMessagesPanel me="agent1" />);

    await userEvent.click(await screen.findByRole('button', { name: '回复' }));
    await userEvent.type(screen.getByLabelText(/回复访客/), '您好，已为您办理');
    await userEvent.click(screen.getByRole('button', { name: '发送回复' }));

    expect(await screen.findByText('超过 48 小时互动窗口，需等粉丝再次发消息')).toBeTruthy();
    const sent = calls.find((call) => call.url === '/api/left-messages/7/answer');
    expect(sent?.body).toMatchObject({ text: '您好，已为您办理' });
    expect((screen.getByLabelText(/回复访客/) as HTMLTextAreaElement).value).toBe('您好，已为您办理');
  });

  it('tells the agent that an anonymous H5 visitor reads the answer on their page', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/left-messages', () =>
        jsonResponse(200, [
          { ...OPEN, leftOn: 'H5', webVisitor: true },
          { ...OPEN, id: 8 },
        ]),
      ),
      on('POST', '/api/left-messages/7/answer', () =>
        jsonResponse(200, {
          ...OPEN,
          leftOn: 'H5',
          webVisitor: true,
          status: 'HANDLED',
          handledBy: 'agent1',
        }),
      ),
    );
    renderWithI18n(<LeftMessagesPanel me="agent1" />);

    const hints = await screen.findAllByTestId('left-on-page');
    expect(hints).toHaveLength(1);
    expect(hints[0].textContent).toBe(
      'H5 匿名访客留言：回复显示在 TA 的 H5 页面上，TA 用同一浏览器再次打开时可见（30 天内）',
    );
    await userEvent.click((await screen.findAllByRole('button', { name: '回复' }))[0]);
    await userEvent.type(screen.getByLabelText(/回复访客/), '已为您回电');
    await userEvent.click(screen.getByRole('button', { name: '发送回复' }));
    await vi.waitFor(() =>
      expect(calls.some((call) => call.url === '/api/left-messages/7/answer')).toBe(true),
    );
  });

  it('offers no action on a to-do another agent claimed', async () => {
    stubFetch(
      on('GET', '/api/left-messages', () =>
        jsonResponse(200, [{ ...OPEN, status: 'CLAIMED', claimedBy: 'agent2' }]),
      ),
    );
    renderWithI18n(<LeftMessagesPanel me="agent1" />);

    expect(await screen.findByText('agent2 已认领')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '回复' })).toBeNull();
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: '标记已处理' })).toBeNull());
  });
});
