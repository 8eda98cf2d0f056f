import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { H5Message, H5Session } from '../../api/h5';
import { jsonResponse, renderWithI18n, setCsrfCookie, stubFetch, type Call } from '../../test/helpers';
import { H5ChatPage } from './H5ChatPage';
import { h5Conversation, h5Message, h5Session } from './h5Fixtures';

/**
 * The backend as far as these buttons go: the session as `session()` says, the visitor's own texts listed
 * once sent (which makes the page read the session again, as a real answer would), and `onPost` for the
 * other posts.
 */
function fakeServer(session: () => H5Session, onPost: (call: Call) => Response = () => jsonResponse(204)) {
  const messages: H5Message[] = [];
  const stub = stubFetch((call) => {
    if (call.url === '/api/h5/session') return jsonResponse(200, session());
    if (call.url.startsWith('/api/h5/messages?after=')) {
      const after = Number(call.url.split('=')[1]);
      return jsonResponse(200, { messages: messages.filter((message) => message.id > after) });
    }
    if (call.method === 'POST' && call.url === '/api/h5/messages') {
      const { clientId, text } = call.body as { clientId: string; text: string };
      messages.push(h5Message(messages.length + 1, { from: 'VISITOR', text, clientId }));
      return jsonResponse(202, { clientId });
    }
    if (call.method === 'POST') return onPost(call);
    return undefined;
  });
  const posts = () => stub.calls.filter((call) => call.method === 'POST');
  return { ...stub, posts };
}

const menu = (subMenu: boolean) => ({
  choices: subMenu
    ? [{ number: 1, label: '退货' }]
    : [
        { number: 1, label: '售前咨询' },
        { number: 2, label: '售后服务' },
      ],
  subMenu,
});

describe('the H5 page’s buttons', () => {
  it('shows the menu on offer as buttons, and a tap answers the entry’s number as typing it would', async () => {
    setCsrfCookie();
    let offered = menu(false);
    const server = fakeServer(() =>
      h5Session({ conversation: h5Conversation({ status: 'NAVIGATING', menu: offered }) }),
    );
    renderWithI18n(<H5ChatPage failed={null} />);

    const main = await screen.findByRole('group', { name: '请选择服务' });
    expect([...main.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      '售前咨询',
      '售后服务',
    ]);
    offered = menu(true);
    await userEvent.click(screen.getByRole('button', { name: '售后服务' }));
    await waitFor(() => expect(server.posts()).toHaveLength(1));
    expect(server.posts()[0].url).toBe('/api/h5/messages');
    expect((server.posts()[0].body as { text: string }).text).toBe('2');

    await userEvent.click(await screen.findByRole('button', { name: '返回主菜单' }));
    await waitFor(() => expect(server.posts()).toHaveLength(2));
    expect((server.posts()[1].body as { text: string }).text).toBe('0');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('group', { name: 'Choose a service' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back to the main menu' })).toBeTruthy();
    expect(screen.getByTestId('h5-input')).toBeTruthy();
  });

  it('offers no menu buttons once the visitor is queued, nor while the conversation is not navigating', async () => {
    fakeServer(() => h5Session({ conversation: h5Conversation({ status: 'QUEUED', queuePosition: 1 }) }));
    renderWithI18n(<H5ChatPage failed={null} />);
    await screen.findByTestId('h5-input');
    expect(screen.queryByTestId('h5-menu')).toBeNull();
    expect(screen.queryByTestId('h5-give-up')).toBeNull();
  });

  it('gives up the queue after a confirm, then shows where the conversation stands', async () => {
    setCsrfCookie();
    let session = h5Session({
      conversation: h5Conversation({ id: 7, status: 'QUEUED', queuePosition: 2, canGiveUp: true }),
    });
    const server = fakeServer(
      () => session,
      () => {
        session = h5Session({ conversation: h5Conversation({ id: 7, status: 'ENDED' }) });
        return jsonResponse(204);
      },
    );
    renderWithI18n(<H5ChatPage failed={null} />);

    await userEvent.click(await screen.findByRole('button', { name: '放弃排队' }));
    expect(screen.getByText('确定放弃排队吗？放弃后需重新发送消息才能再次排队。')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '继续排队' }));
    expect(server.posts()).toHaveLength(0);
    expect(screen.getByTestId('h5-status').textContent).toBe('排队中，您是第 2 位');

    await userEvent.click(screen.getByRole('button', { name: '放弃排队' }));
    await userEvent.click(screen.getByRole('button', { name: '确定放弃' }));
    await waitFor(() =>
      expect(screen.getByTestId('h5-status').textContent).toBe('会话已结束，发送消息可再次咨询'),
    );
    expect(server.posts().map((call) => call.url)).toEqual(['/api/h5/conversations/7/give-up']);
    expect(server.posts()[0].headers['x-xsrf-token']).toBe('csrf-token');
    expect(screen.queryByTestId('h5-give-up')).toBeNull();
  });

  it('words the give-up button in English, and shows why a late give-up was refused', async () => {
    setCsrfCookie();
    let session = h5Session({
      conversation: h5Conversation({ status: 'QUEUED', queuePosition: 1, canGiveUp: true }),
    });
    fakeServer(
      () => session,
      () => {
        session = h5Session({
          conversation: h5Conversation({
            status: 'CHATTING',
            agent: { displayName: '小王', avatarUrl: null },
          }),
        });
        return jsonResponse(409, { code: 'conversation.notQueued', params: { status: 'CHATTING' } });
      },
    );
    renderWithI18n(<H5ChatPage failed={null} />);
    await screen.findByTestId('h5-give-up');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await userEvent.click(screen.getByRole('button', { name: 'Leave the queue' }));
    expect(screen.getByText('Leave the queue? You will need to send a message to queue again.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'You are no longer waiting in the queue (CHATTING)',
    );
    await waitFor(() => expect(screen.getByTestId('h5-status').textContent).toBe('小王 is serving you'));
    expect(screen.queryByTestId('h5-give-up')).toBeNull();
  });
});
