import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import type { HistoryItem } from '../../api/history';
import { jsonResponse, on, renderWithI18n, stubFetch, type Call } from '../../test/helpers';
import { HistoryPage, historyQuery } from './HistoryPage';

const agent = { username: 'bob', displayName: '小王', roles: ['AGENT' as const], timeZone: 'Asia/Shanghai' };
const admin = {
  username: 'root',
  displayName: '管理员',
  roles: ['ADMIN' as const],
  timeZone: 'Asia/Shanghai',
};

function item(overrides: Partial<HistoryItem> = {}): HistoryItem {
  return {
    id: 41,
    fanId: 7,
    fanName: '李华',
    openid: 'o_lihua',
    agentId: 3,
    agentUsername: 'bob',
    agentName: '小王',
    queueId: 1,
    status: 'ENDED',
    channel: 'WECHAT',
    startedAt: '2030-01-01T08:00:00Z',
    endedAt: '2030-01-01T08:10:00Z',
    rating: 5,
    solved: true,
    ...overrides,
  };
}

function historyRoute(answer: (call: Call) => Response) {
  return (call: Call) =>
    call.method === 'GET' && call.url.startsWith('/api/history/conversations?') ? answer(call) : undefined;
}

function queryOf(call: Call): Record<string, string> {
  return Object.fromEntries(new URL(call.url, 'http://desk').searchParams.entries());
}

describe('HistoryPage', () => {
  it('lists an agent’s conversations newest first and opens a transcript with its ratings', async () => {
    const { calls } = stubFetch(
      historyRoute(() => jsonResponse(200, { items: [item()], total: 1, page: 0, size: 20 })),
      on('GET', '/api/history/conversations/41', () =>
        jsonResponse(200, {
          conversation: item(),
          lines: [
            {
              id: 1,
              direction: 'IN',
              author: 'fan',
              kind: 'TEXT',
              text: '我要退货',
              createdAt: '2030-01-01T08:00:00Z',
            },
            {
              id: 2,
              direction: 'OUT',
              author: 'bob',
              kind: 'TEXT',
              text: '好的',
              createdAt: '2030-01-01T08:01:00Z',
            },
            {
              id: 3,
              direction: 'IN',
              author: 'fan',
              kind: 'RATING',
              text: '5 是',
              createdAt: '2030-01-01T08:11:00Z',
            },
          ],
          ratings: [
            {
              id: 3,
              direction: 'IN',
              author: 'fan',
              kind: 'RATING',
              text: '5 是',
              createdAt: '2030-01-01T08:11:00Z',
            },
          ],
        }),
      ),
    );
    renderWithI18n(<HistoryPage user={agent} />);

    const row = (await screen.findByText('李华')).closest('tr')!;
    expect(within(row).getByText('5 分 · 已解决')).toBeTruthy();
    expect(screen.queryByLabelText('客服')).toBeNull();
    expect(queryOf(calls[0])).toEqual({ page: '0', size: '20', order: 'desc' });

    await userEvent.click(within(row).getByRole('button', { name: '查看记录' }));
    const lines = await screen.findByRole('region', { name: '消息' });
    expect(within(lines).getByText('我要退货')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '访客评价' })).getByText('5 是')).toBeTruthy();
  });

  it('lets an admin search by fan, agent and text, sort oldest first and page, and says when nothing matches', async () => {
    const { calls } = stubFetch(
      on('GET', '/api/admin/agents', () =>
        jsonResponse(200, [
          {
            userId: 3,
            username: 'bob',
            displayName: '小王',
            status: 'ONLINE',
            maxConcurrent: 5,
            activeCount: 0,
            queueIds: [],
            skills: {},
          },
        ]),
      ),
      historyRoute((call) => {
        const query = queryOf(call);
        if (query.text) return jsonResponse(200, { items: [], total: 0, page: 0, size: 20 });
        return jsonResponse(200, { items: [item()], total: 45, page: Number(query.page), size: 20 });
      }),
    );
    renderWithI18n(<HistoryPage user={admin} />);
    await screen.findByText('李华');
    const searches = () =>
      calls.filter((call) => call.url.startsWith('/api/history/conversations?')).map(queryOf);

    await userEvent.click(screen.getByRole('columnheader', { name: /开始时间/ }));
    await vi.waitFor(() => expect(searches().at(-1)).toMatchObject({ order: 'asc', page: '0' }));
    await userEvent.click(screen.getByRole('listitem', { name: '2' }));
    await vi.waitFor(() => expect(searches().at(-1)).toMatchObject({ order: 'asc', page: '1' }));

    await userEvent.type(screen.getByLabelText('粉丝'), ' o_li ');
    await userEvent.click(screen.getByLabelText('客服'));
    await userEvent.click(await screen.findByTitle('小王'));
    await userEvent.type(screen.getByLabelText('会话内容'), '退货');
    await userEvent.click(screen.getByRole('button', { name: '查询' }));

    expect(await screen.findByText('没有符合条件的会话')).toBeTruthy();
    expect(searches().at(-1)).toEqual({
      fan: 'o_li',
      agentId: '3',
      text: '退货',
      page: '0',
      size: '20',
      order: 'asc',
    });
  });

  it('asks for a time range as instants, the end left out', () => {
    const from = dayjs('2030-01-01T00:00:00Z');
    const to = dayjs('2030-01-02T00:00:00Z');

    expect(historyQuery({ range: [from, to], fan: '  ' }, 2, 'desc')).toEqual({
      fan: undefined,
      agentId: undefined,
      from: '2030-01-01T00:00:00.000Z',
      to: '2030-01-02T00:00:00.000Z',
      text: undefined,
      page: 2,
      size: 20,
      order: 'desc',
    });
  });
});
