import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MONITOR_LIST_TOPIC, monitorTranscriptTopic, type LiveConversation } from '../../api/monitor';
import { FakeStompClient } from '../../test/fakeStomp';
import { jsonResponse, renderWithI18n, setCsrfCookie, stubFetch, type Call } from '../../test/helpers';
import { message } from '../../test/workbenchFixtures';
import { answerConfirm } from '../admin/confirmInTest';
import { applyMonitorEvent, MonitorPage } from './MonitorPage';

function row(overrides: Partial<LiveConversation> = {}): LiveConversation {
  return {
    id: 7,
    accountId: 1,
    accountName: '演示公众号',
    fanId: 3,
    fanName: '李华',
    status: 'CHATTING',
    queueId: 2,
    queueName: '售前',
    agentUsername: 'agent1',
    agentDisplayName: '座席一',
    channel: 'WECHAT',
    startedAt: '2030-01-01T08:00:00Z',
    assignedAt: '2030-01-01T08:00:05Z',
    waitingSince: null,
    ...overrides,
  };
}

/** The monitor's API with the given live rows; posts answer 204 unless `refuse` says otherwise. */
function stubMonitor(rows: LiveConversation[], refuse?: (call: Call) => Response | undefined) {
  setCsrfCookie('tok');
  return stubFetch(
    (call) => refuse?.(call),
    (call) =>
      call.method === 'GET' && call.url === '/api/monitor/conversations'
        ? jsonResponse(200, rows)
        : undefined,
    (call) =>
      call.method === 'GET' && call.url === '/api/monitor/conversations/7/messages'
        ? jsonResponse(200, [message({ id: 100, conversationId: 7, text: '我的订单还没到' })])
        : undefined,
    (call) => (call.method === 'POST' ? jsonResponse(204) : undefined),
  );
}

/** Plays the broker: the frame reaches whichever client subscribed to the destination. */
function push(destination: string, body: unknown) {
  act(() => FakeStompClient.instances.forEach((client) => client.emit(destination, body)));
}

async function connectAll() {
  await act(async () => {
    for (const client of FakeStompClient.instances) await client.simulateConnect();
  });
}

describe('applyMonitorEvent', () => {
  it('replaces a row, adds a new one in start order and drops an ended one', () => {
    const first = row({ id: 1, startedAt: '2030-01-01T08:00:00Z' });
    const second = row({ id: 2, startedAt: '2030-01-01T09:00:00Z' });
    const early = row({ id: 3, startedAt: '2030-01-01T07:00:00Z' });

    expect(
      applyMonitorEvent([first, second], {
        conversationId: 1,
        conversation: { ...first, agentDisplayName: '班长' },
      }),
    ).toEqual([{ ...first, agentDisplayName: '班长' }, second]);
    expect(
      applyMonitorEvent([first, second], { conversationId: 3, conversation: early }).map((r) => r.id),
    ).toEqual([3, 1, 2]);
    expect(applyMonitorEvent([first, second], { conversationId: 1 }).map((r) => r.id)).toEqual([2]);
  });
});

describe('MonitorPage', () => {
  it('lists every live conversation and follows the pushed changes', async () => {
    stubMonitor([
      row(),
      row({
        id: 8,
        fanName: '王五',
        status: 'QUEUED',
        agentDisplayName: null,
        waitingSince: '2030-01-01T08:01:00Z',
      }),
    ]);
    renderWithI18n(<MonitorPage />);

    const table = await screen.findByRole('table');
    await within(table).findByText('李华');
    expect(within(table).getByText('座席一')).toBeTruthy();
    expect(within(table).getByText('未分配')).toBeTruthy();
    expect(within(table).getByText('排队中')).toBeTruthy();
    await connectAll();

    push(MONITOR_LIST_TOPIC, {
      conversationId: 8,
      conversation: row({ id: 8, fanName: '王五', agentDisplayName: '座席二' }),
    });
    await within(table).findByText('座席二');
    push(MONITOR_LIST_TOPIC, { conversationId: 7 });
    await waitFor(() => expect(within(table).queryByText('李华')).toBeNull());
    expect(screen.getByText('进行中的会话：1 个')).toBeTruthy();
  });

  it('opens a transcript that grows as lines are pushed and sends the agent a note', async () => {
    const { calls } = stubMonitor([row()]);
    renderWithI18n(<MonitorPage />);
    await userEvent.click(await screen.findByRole('button', { name: '查看' }));

    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByText('我的订单还没到');
    await connectAll();
    push(
      monitorTranscriptTopic(7),
      message({ id: 101, conversationId: 7, direction: 'OUT', text: '马上查' }),
    );
    await within(drawer).findByText('马上查');

    await userEvent.type(within(drawer).getByLabelText('给客服的内部备注'), '先核对订单号');
    await userEvent.click(within(drawer).getByRole('button', { name: '发送备注' }));
    await waitFor(() =>
      expect(calls.find((call) => call.url === '/api/monitor/conversations/7/notes')?.body).toEqual({
        text: '先核对订单号',
      }),
    );
  });

  it('takes over only after the supervisor confirms, and shows why the server refused', async () => {
    const { calls } = stubMonitor([row()], (call) =>
      call.url === '/api/monitor/conversations/7/take-over'
        ? jsonResponse(409, { code: 'transfer.toSelf', params: {} })
        : undefined,
    );
    renderWithI18n(<MonitorPage />);
    await userEvent.click(await screen.findByRole('button', { name: '查看' }));
    const drawer = await screen.findByRole('dialog');
    const takeOvers = () => calls.filter((call) => call.url.endsWith('/take-over'));

    await userEvent.click(within(drawer).getByRole('button', { name: '接管' }));
    await answerConfirm(false, '座席一');
    expect(takeOvers()).toHaveLength(0);

    await userEvent.click(within(drawer).getByRole('button', { name: '接管' }));
    await answerConfirm(true, '座席一');
    await waitFor(() => expect(takeOvers()).toHaveLength(1));
    expect(await within(drawer).findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('会话已由该客服接待'),
    );
  });
});
