import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WorkbenchEvent } from '../../api/workbench';
import { EVENTS_DESTINATION } from '../../realtime/useWorkbenchEvents';
import { FakeStompClient } from '../../test/fakeStomp';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch, type Route } from '../../test/helpers';
import { conversation, event, message, snapshot } from '../../test/workbenchFixtures';
import { Workbench } from './Workbench';

const HISTORY = [
  message({ id: 101, text: '你好/::)' }),
  message({
    id: 102,
    direction: 'OUT',
    author: '小王',
    text: '您好',
    outboundId: 9,
    delivery: { status: 'SENT', errorReason: null },
  }),
  message({ id: 103, direction: 'NOTE', author: '小王', text: '老客户' }),
  message({ id: 104, kind: 'IMAGE', text: null, mediaId: 31 }),
  message({ id: 105, direction: 'SYSTEM', author: 'system', text: '访客已进入对话' }),
];

/** The workbench with one conversation (张三, 2 unread), connected and caught up. */
async function renderConnected(extra: Route[] = []) {
  setCsrfCookie();
  const quotaEnd = new Date();
  quotaEnd.setHours(14, 5, 0, 0);
  const summary = conversation({ unread: 2, quotaRemaining: 3, quotaWindowEndsAt: quotaEnd.toISOString() });
  // The test's own routes come first, so that they can answer what the defaults answer too.
  const fetches = stubFetch(
    ...extra,
    on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations: [summary] }))),
    on('GET', '/api/workbench/events?after=10', () => jsonResponse(200, [])),
    on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
    on('GET', '/api/conversations/7', () => jsonResponse(200, { conversation: summary, messages: HISTORY })),
    on('POST', '/api/conversations/7/read', () => jsonResponse(204)),
  );
  renderWithI18n(<Workbench />);
  await screen.findByTestId('conversation-item');
  // The hook connects in an effect, which may run after the list is on screen.
  const client = await vi.waitFor(() => FakeStompClient.latest());
  expect(screen.getByTestId('connection-state').textContent).toBe('连接中…');
  await act(() => client.simulateConnect());
  await vi.waitFor(() => expect(screen.getByTestId('connection-state').textContent).toBe('已连接'));
  await screen.findByText('老客户');
  return { client, ...fetches };
}

function emit(client: FakeStompClient, ...events: WorkbenchEvent[]) {
  act(() => events.forEach((e) => client.emit(EVENTS_DESTINATION, e)));
}

describe('Workbench', () => {
  it('selects the conversation the fan list handed over in the path', async () => {
    window.location.hash = '#/workbench/8';
    const first = conversation();
    const started = conversation({ id: 8, fanName: '李四' });
    stubFetch(
      on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations: [first, started] }))),
      on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
      on('GET', '/api/conversations/8', () => jsonResponse(200, { conversation: started, messages: [] })),
      on('POST', '/api/conversations/8/read', () => jsonResponse(204)),
    );
    renderWithI18n(<Workbench />);

    const items = await screen.findAllByTestId('conversation-item');
    expect(items.find((item) => item.getAttribute('aria-current') === 'true')?.textContent).toContain('李四');
    window.location.hash = '';
  });

  it('opens the first conversation with its history, marks it read and shows the quota', async () => {
    const { calls } = await renderConnected();

    const messages = screen.getAllByTestId('chat-message');
    expect(messages.map((m) => m.dataset.direction)).toEqual(['IN', 'OUT', 'NOTE', 'IN', 'SYSTEM']);
    expect(within(messages[0]).getByText('你好😊')).toBeTruthy();
    expect(within(messages[1]).getByText('已发送')).toBeTruthy();
    expect(within(messages[2]).getByText('内部备注')).toBeTruthy();
    expect(within(messages[3]).getByRole('img').getAttribute('src')).toBe('/api/media/31');
    expect(screen.getByTestId('queue-length').dataset.count).toBe('2');
    expect(screen.getByText(/^剩余可发 3 条，窗口至 \D*14:05/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '访客信息' })).toBeTruthy();

    await vi.waitFor(() =>
      expect(calls.find((call) => call.url === '/api/conversations/7/read')?.body).toEqual({
        lastMessageId: 105,
      }),
    );
    await vi.waitFor(() => expect(screen.queryByLabelText('2 条未读')).toBeNull());
  });

  it('marks each conversation’s channel and leaves out WeChat’s quota for an H5 conversation', async () => {
    window.location.hash = '#/workbench/8';
    const wechat = conversation({ quotaRemaining: 3 });
    const h5 = conversation({ id: 8, fanName: '李四', channel: 'H5', quotaRemaining: 0 });
    stubFetch(
      on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations: [wechat, h5] }))),
      on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
      on('GET', '/api/conversations/8', () => jsonResponse(200, { conversation: h5, messages: [] })),
    );
    renderWithI18n(<Workbench />);

    const items = await screen.findAllByTestId('conversation-item');
    expect(items.map((item) => within(item).getByTestId('channel-badge').textContent)).toEqual([
      '微信',
      'H5',
    ]);
    const chat = await screen.findByRole('region', { name: '李四' });
    expect(within(chat).getByTestId('channel-badge').textContent).toBe('H5');
    expect(within(chat).queryByText(/剩余可发/)).toBeNull();
    expect((within(chat).getByTestId('composer-input') as HTMLTextAreaElement).disabled).toBe(false);
    window.location.hash = '';
  });

  it('lists a fan by nickname with the openid beside it, and by openid alone when no nickname is known', async () => {
    const named = conversation({ fanName: '张三', openid: 'o_zhangsan' });
    const unnamed = conversation({ id: 9, fanName: 'o_unnamed', openid: 'o_unnamed' });
    stubFetch(
      on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations: [named, unnamed] }))),
      on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
      on('GET', `/api/conversations/${named.id}`, () =>
        jsonResponse(200, { conversation: named, messages: [] }),
      ),
    );
    renderWithI18n(<Workbench />);

    const [first, second] = await screen.findAllByTestId('conversation-item');
    expect(within(first).getByText('张三')).toBeTruthy();
    expect(within(first).getByText('o_zhangsan')).toBeTruthy();
    expect(within(second).getAllByText('o_unnamed')).toHaveLength(1);
  });

  it('shows live messages once, their delivery state, and the header and countdown from the summaries', async () => {
    const { client } = await renderConnected();
    const now = new Date().toISOString();
    const fanMessage = message({ id: 110, text: '在吗/:rose', createdAt: now });
    const waiting = conversation({
      lastMessageText: '在吗/:rose',
      waitingSince: now,
      quotaRemaining: 5,
      remindSeconds: 10,
    });

    emit(
      client,
      event({ id: 11, type: 'MESSAGE_ADDED', message: fanMessage, conversation: waiting }),
      event({ id: 12, type: 'MESSAGE_ADDED', message: fanMessage, conversation: waiting }),
      event({ id: 11, type: 'MESSAGE_ADDED', message: fanMessage, conversation: waiting }),
    );

    await vi.waitFor(() => expect(screen.getAllByText('在吗🌹')).toHaveLength(2));
    expect(screen.getAllByTestId('chat-message')).toHaveLength(6);
    expect(screen.getByTestId('reminder').textContent).toMatch(/^请在 0:(10|09) 内回复$/);
    expect(screen.getByTestId('quota').dataset.remaining).toBe('5');

    const reply = message({
      id: 111,
      direction: 'OUT',
      author: '小王',
      text: '在的',
      outboundId: 12,
      delivery: { status: 'PENDING', errorReason: null },
    });
    const answered = conversation({ lastMessageText: '在的', waitingSince: null, quotaRemaining: 4 });
    emit(client, event({ id: 13, type: 'MESSAGE_ADDED', message: reply, conversation: answered }));
    await vi.waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(7));
    const sent = screen.getAllByTestId('chat-message').at(-1) as HTMLElement;
    expect(within(sent).getByText('发送中')).toBeTruthy();
    expect(screen.queryByTestId('reminder')).toBeNull();
    expect(screen.getByTestId('quota').dataset.remaining).toBe('4');

    emit(
      client,
      event({
        id: 14,
        type: 'DELIVERY',
        delivery: { outboundId: 12, status: 'UNCERTAIN', errorReason: '微信接口超时' },
      }),
    );
    expect(await within(sent).findByText('可能未送达：微信接口超时')).toBeTruthy();
  });

  it('words the desk’s own lines and shows them apart from the agent’s replies', async () => {
    const { client } = await renderConnected();

    emit(
      client,
      event({
        id: 11,
        type: 'MESSAGE_ADDED',
        message: message({ id: 110, direction: 'OUT', author: 'system', text: '请问还有其他问题吗？' }),
      }),
      event({
        id: 12,
        type: 'MESSAGE_ADDED',
        message: message({ id: 111, direction: 'OUT', author: 'system', kind: 'TEMPLATE', text: null }),
      }),
    );

    await vi.waitFor(() => expect(screen.getAllByTestId('chat-message')).toHaveLength(7));
    const [automatic, template] = screen.getAllByTestId('chat-message').slice(-2);
    expect(automatic.className).toContain('message-automatic');
    expect(automatic.textContent).toContain('自动消息');
    expect(automatic.textContent).not.toContain('system');
    expect(template.textContent).toContain('[模板消息]');
    expect(screen.getAllByTestId('chat-message')[0].textContent).toContain('张三');
  });

  it('reads the overview again when the server says the queue or the presence changed', async () => {
    let waiting = 2;
    const { client } = await renderConnected([
      on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ queueLength: waiting }))),
    ]);
    waiting = 0;

    emit(client, event({ id: 11, type: 'QUEUE_LENGTH', queueLength: 1, conversationId: undefined }));

    await vi.waitFor(() => expect(screen.getByTestId('queue-length').dataset.count).toBe('0'));
  });

  it('loads earlier messages above a full first page', async () => {
    const older = Array.from({ length: 45 }, (_, index) =>
      message({ id: 51 + index, text: `第 ${index} 条` }),
    );
    const page = [...older, ...HISTORY];
    const { calls } = await renderConnected([
      on('GET', '/api/conversations/7', () =>
        jsonResponse(200, { conversation: conversation(), messages: page }),
      ),
      on('GET', '/api/conversations/7/messages?before=51&limit=50', () =>
        jsonResponse(200, [message({ id: 40, conversationId: 3, text: '上次的问题' })]),
      ),
    ]);

    await userEvent.click(screen.getByRole('button', { name: '加载更早的消息' }));

    expect(await screen.findByText('上次的问题')).toBeTruthy();
    expect(screen.getByText('以往会话')).toBeTruthy();
    expect(screen.getAllByTestId('chat-message')[0].textContent).toContain('上次的问题');
    expect(screen.getByText('没有更早的消息了')).toBeTruthy();
    expect(calls.filter((call) => call.url.includes('before='))).toHaveLength(1);
  });

  it('ends a conversation after confirmation, keeps it readable, and closes it when the agent says so', async () => {
    let status: 'CHATTING' | 'ENDED' = 'CHATTING';
    const current = () => conversation({ status });
    const { client, calls } = await renderConnected([
      on('POST', '/api/conversations/7/end', () => jsonResponse(204)),
      on('POST', '/api/conversations/7/close', () => jsonResponse(204)),
      on('GET', '/api/conversations/7', () =>
        jsonResponse(200, { conversation: current(), messages: HISTORY }),
      ),
      on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations: [current()] }))),
    ]);

    await userEvent.click(screen.getByTestId('end-button'));
    expect(await screen.findByText('确定结束与 张三 的会话吗？')).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/conversations/7/end')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: '结束' }));
    await vi.waitFor(() => expect(calls.some((call) => call.url === '/api/conversations/7/end')).toBe(true));

    status = 'ENDED';
    emit(client, event({ id: 11, type: 'CONVERSATION_ENDED' }));
    await vi.waitFor(() => expect(screen.getByTestId('chat-status').dataset.status).toBe('ENDED'));
    expect(screen.queryByTestId('composer-input')).toBeNull();
    emit(
      client,
      event({
        id: 12,
        type: 'MESSAGE_ADDED',
        message: message({ id: 120, direction: 'IN', kind: 'RATING', text: '5' }),
      }),
    );
    await vi.waitFor(() =>
      expect(screen.getAllByTestId('chat-message').at(-1)?.textContent).toContain('[满意度评价]'),
    );

    await userEvent.click(screen.getByTestId('close-button'));
    await vi.waitFor(() => expect(screen.queryByTestId('conversation-item')).toBeNull());
    expect(calls.some((call) => call.url === '/api/conversations/7/close')).toBe(true);
    expect(screen.getByText('从左侧选择一个会话')).toBeTruthy();
  });

  it('invites a rating and transfers, which takes the conversation off the list', async () => {
    const { calls } = await renderConnected([
      on('POST', '/api/conversations/7/survey-invitation', () => jsonResponse(204)),
      on('GET', '/api/transfer-targets', () =>
        jsonResponse(200, [{ id: 4, name: '售后', onlineAgents: [] }]),
      ),
      on('POST', '/api/conversations/7/transfer', () => jsonResponse(204)),
    ]);

    await userEvent.click(screen.getByTestId('invite-rating-button'));
    expect(await screen.findByText('已邀请访客评价')).toBeTruthy();

    await userEvent.click(screen.getByTestId('transfer-button'));
    await userEvent.click(await screen.findByLabelText('目标队列'));
    await userEvent.click(await screen.findByTitle('售后'));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '转接' }));

    await vi.waitFor(() => expect(screen.queryByTestId('conversation-item')).toBeNull());
    expect(await screen.findByText('已将 张三 的会话转接到 售后')).toBeTruthy();
    expect(calls.find((call) => call.url === '/api/conversations/7/transfer')?.body).toEqual({
      queueId: 4,
      note: '',
    });
  });

  it('beeps and notifies about a new conversation while the tab is hidden, once alerts are on', async () => {
    const started = vi.fn();
    class FakeAudioContext {
      currentTime = 0;
      destination = {};
      resume = vi.fn(async () => undefined);
      createOscillator = () => ({
        frequency: {},
        connect: (node: unknown) => node,
        start: started,
        stop: vi.fn(),
      });
      createGain = () => ({
        gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
        connect: (node: unknown) => node,
      });
    }
    const shown: { title: string; body?: string }[] = [];
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static requestPermission = vi.fn(async () => (FakeNotification.permission = 'granted'));
      onclick: (() => void) | null = null;
      constructor(title: string, options: NotificationOptions) {
        shown.push({ title, body: options.body });
      }
      close() {}
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    vi.stubGlobal('Notification', FakeNotification);
    const { client } = await renderConnected();

    await userEvent.click(screen.getByRole('button', { name: '开启声音和通知' }));
    expect(await screen.findByText('声音和通知已开启')).toBeTruthy();
    expect(FakeNotification.requestPermission).toHaveBeenCalled();

    vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    emit(
      client,
      event({
        id: 11,
        type: 'CONVERSATION_ASSIGNED',
        conversationId: 8,
        conversation: conversation({ id: 8, fanName: '李四', lastMessageText: '我要退货/::(' }),
      }),
    );

    expect(shown).toEqual([{ title: '新会话：李四', body: '我要退货🙁' }]);
    expect(started).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId('conversation-item')).toHaveLength(2);
  });

  it('opens a newly assigned conversation when none is open', async () => {
    setCsrfCookie();
    const assigned = conversation({ id: 8, fanName: '李四' });
    let listed: ReturnType<typeof conversation>[] = [];
    stubFetch(
      on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations: listed }))),
      on('GET', '/api/workbench/events?after=10', () =>
        jsonResponse(200, [
          event({ id: 11, type: 'CONVERSATION_ASSIGNED', conversationId: 8, conversation: assigned }),
        ]),
      ),
      on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
      on('GET', '/api/conversations/8', () =>
        jsonResponse(200, {
          conversation: assigned,
          messages: [message({ id: 120, conversationId: 8, text: '有人吗' })],
        }),
      ),
    );
    renderWithI18n(<Workbench />);
    expect(await screen.findByText('暂无会话')).toBeTruthy();

    const client = await vi.waitFor(() => FakeStompClient.latest());
    listed = [assigned];
    await act(() => client.simulateConnect());

    expect(await screen.findByRole('heading', { name: '李四' })).toBeTruthy();
    expect(await screen.findByText('有人吗')).toBeTruthy();
  });

  it('offers a retry when the workbench cannot be loaded', async () => {
    let fail = true;
    stubFetch(
      on('GET', '/api/workbench', () =>
        fail ? jsonResponse(500) : jsonResponse(200, snapshot({ conversations: [] })),
      ),
      on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
    );
    renderWithI18n(<Workbench />);

    expect((await screen.findByRole('alert')).textContent).toBe('工作台加载失败：请求失败（500）');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: '重试' }));

    expect(await screen.findByText('暂无会话')).toBeTruthy();
  });
});
