import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { H5Message, H5Session } from '../../api/h5';
import { jsonResponse, renderWithI18n, setCsrfCookie, stubFetch, type Call } from '../../test/helpers';
import { H5ChatPage } from './H5ChatPage';
import { isValidClientId } from './clientId';
import { h5Conversation, h5Message, h5Session } from './h5Fixtures';

/** A stand-in for the backend: lists its messages as the real one does and answers sends with `onSend`. */
function fakeServer(
  session: H5Session,
  messages: H5Message[],
  onSend: (call: Call) => Response | Promise<Response> = () => jsonResponse(202),
) {
  const stub = stubFetch((call) => {
    if (call.method === 'GET' && call.url === '/api/h5/session') return jsonResponse(200, session);
    if (call.method === 'GET' && call.url.startsWith('/api/h5/messages?after=')) {
      const after = Number(call.url.split('=')[1]);
      return jsonResponse(200, { messages: messages.filter((message) => message.id > after) });
    }
    if (call.method === 'POST' && (call.url === '/api/h5/messages' || call.url === '/api/h5/images'))
      return onSend(call);
    return undefined;
  });
  const sends = () => stub.calls.filter((call) => call.method === 'POST');
  return { ...stub, sends };
}

const bubbles = () => screen.queryAllByTestId('h5-message');

// jsdom cannot decode images: every picked PNG or JPEG is taken for a 800 × 600 picture.
vi.mock('../images/canvasImage', () => ({
  decodeImage: async () => ({
    width: 800,
    height: 600,
    toJpeg: async () => new Blob(['redrawn'], { type: 'image/jpeg' }),
    close: () => {},
  }),
}));

const pickImage = (file: File) => userEvent.upload(screen.getByTestId('h5-image-file'), file);
const png = () => new File([new Uint8Array(10 * 1024)], 'photo.png', { type: 'image/png' });
const uploaded = (call: Call) => {
  const form = call.body as FormData;
  return { file: form.get('file') as File, clientId: form.get('clientId') as string };
};

describe('H5ChatPage', () => {
  it('tells the fan to reopen the chat from the menu when there is no session, and offers no input', async () => {
    stubFetch(() => jsonResponse(401, { error: 'No session' }));
    renderWithI18n(<H5ChatPage failed={null} />);
    expect(await screen.findByText('会话已失效，请从公众号菜单重新打开客服')).toBeTruthy();
    expect(screen.queryByTestId('h5-input')).toBeNull();
  });

  it('says WeChat’s authorization failed, or that WeChat shows a preview, without asking the server', async () => {
    const { calls } = stubFetch(() => jsonResponse(200, {}));
    const { unmount } = renderWithI18n(<H5ChatPage failed="oauth" />);
    expect(screen.getByText('微信授权失败，请重新打开')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('WeChat authorization failed: please open the chat again')).toBeTruthy();
    unmount();

    renderWithI18n(<H5ChatPage failed="snapshot" />);
    expect(screen.getByText(/This is a preview: tap “使用完整服务”/)).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('shows the fan’s, the agent’s and the desk’s messages, images, voice, video and unknown kinds', async () => {
    fakeServer(h5Session(), [
      h5Message(1, {
        from: 'SYSTEM',
        authorName: null,
        text: '请为本次服务评价: https://desk.example.com/#/rate/t1',
      }),
      h5Message(2, { from: 'VISITOR', authorName: '小明', text: '在吗/::)' }),
      h5Message(3, { from: 'AGENT', kind: 'IMAGE', text: null, mediaUrl: '/media/3.jpg' }),
      h5Message(4, { from: 'AGENT', kind: 'NEWS', text: null }),
      h5Message(5, { from: 'AGENT', kind: 'VOICE', text: null, mediaUrl: '/api/h5/media/5' }),
      h5Message(6, { from: 'AGENT', kind: 'VIDEO', text: null, mediaUrl: '/api/h5/media/6' }),
    ]);
    renderWithI18n(<H5ChatPage failed={null} />);

    await waitFor(() => expect(bubbles()).toHaveLength(6));
    expect(bubbles().map((item) => item.dataset.from)).toEqual([
      'SYSTEM',
      'VISITOR',
      'AGENT',
      'AGENT',
      'AGENT',
      'AGENT',
    ]);
    expect(within(bubbles()[0]).getByText('演示公众号')).toBeTruthy();
    expect(within(bubbles()[0]).getByRole('link').getAttribute('href')).toBe(
      'https://desk.example.com/#/rate/t1',
    );
    expect(within(bubbles()[1]).getByText('在吗😊')).toBeTruthy();
    expect(within(bubbles()[2]).getByText('小王')).toBeTruthy();
    expect(within(bubbles()[2]).getByRole('link').getAttribute('href')).toBe('/media/3.jpg');
    expect(within(bubbles()[3]).getByText('[不支持的消息类型]')).toBeTruthy();
    const voice = bubbles()[4].querySelector('audio');
    expect(voice?.getAttribute('src')).toBe('/api/h5/media/5');
    expect(voice?.controls).toBe(true);
    const video = bubbles()[5].querySelector('video');
    expect(video?.getAttribute('src')).toBe('/api/h5/media/6');
    expect(video?.controls).toBe(true);
    expect(screen.getByRole('heading', { name: '演示公众号' })).toBeTruthy();
  });

  it('shows a sent message at once, then the server’s copy in its place', async () => {
    setCsrfCookie();
    const messages = [h5Message(1, { from: 'SYSTEM', text: '您好' })];
    const server = fakeServer(h5Session(), messages, (call) => {
      const { clientId, text } = call.body as { clientId: string; text: string };
      messages.push(h5Message(2, { from: 'VISITOR', text, clientId }));
      return jsonResponse(202, { clientId });
    });
    renderWithI18n(<H5ChatPage failed={null} />);

    await userEvent.type(await screen.findByTestId('h5-input'), '第一行{Shift>}{Enter}{/Shift}第二行');
    expect(server.sends()).toHaveLength(0);
    await userEvent.keyboard('{Enter}');

    expect(server.sends()).toHaveLength(1);
    const { clientId, text } = server.sends()[0].body as { clientId: string; text: string };
    expect(text).toBe('第一行\n第二行');
    expect(isValidClientId(clientId)).toBe(true);
    expect(new Headers(server.sends()[0].headers).get('X-XSRF-TOKEN')).toBe('csrf-token');
    expect((screen.getByTestId('h5-input') as HTMLTextAreaElement).value).toBe('');

    await waitFor(() => expect(bubbles().at(-1)?.dataset.id).toBe('2'));
    expect(bubbles()).toHaveLength(2);
    expect(screen.queryByText('发送中…')).toBeNull();
  });

  it('tells a new visitor nothing about past conversations, and the new status as soon as the message is listed', async () => {
    setCsrfCookie();
    const messages: H5Message[] = [];
    const session = h5Session();
    let answer = () => {};
    fakeServer(session, messages, (call) => {
      const { clientId, text } = call.body as { clientId: string; text: string };
      return new Promise<Response>((resolve) => {
        answer = () => {
          messages.push(h5Message(1, { from: 'VISITOR', text, clientId }));
          session.conversation = h5Conversation({ id: 5 });
          resolve(jsonResponse(202, { clientId }));
        };
      });
    });
    renderWithI18n(<H5ChatPage failed={null} />);

    await userEvent.type(await screen.findByTestId('h5-input'), '你好');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('发送中…')).toBeTruthy();
    expect(screen.getByTestId('h5-status').textContent).toBe('');

    act(() => answer());
    await waitFor(() => expect(screen.getByTestId('h5-status').textContent).toBe('正在接入…'));
    expect(bubbles()).toHaveLength(1);
  });

  it('marks a message lost to the network or a server error as failed and resends it under the same client id', async () => {
    setCsrfCookie();
    const answers: (() => Response)[] = [
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => jsonResponse(503, { error: 'Unavailable' }),
      () => jsonResponse(202),
    ];
    const server = fakeServer(h5Session(), [], () => (answers.shift() as () => Response)());
    renderWithI18n(<H5ChatPage failed={null} />);

    await userEvent.type(await screen.findByTestId('h5-input'), '你好');
    await userEvent.click(screen.getByTestId('h5-send'));
    await waitFor(() => expect(bubbles()[0].dataset.state).toBe('failed'));
    expect(screen.getByText('发送失败')).toBeTruthy();

    await userEvent.click(screen.getByTestId('h5-retry'));
    await waitFor(() => expect(server.sends()).toHaveLength(2));
    await waitFor(() => expect(bubbles()[0].dataset.state).toBe('failed'));
    await userEvent.click(screen.getByTestId('h5-retry'));
    await waitFor(() => expect(server.sends()).toHaveLength(3));
    const [first, ...retries] = server.sends().map((call) => call.body as { clientId: string; text: string });
    expect(retries).toEqual([first, first]);
    await waitFor(() => expect(bubbles()[0].dataset.state).toBe('sending'));
    expect(bubbles()).toHaveLength(1);
  });

  it('shows the server’s refusal under the input and gives the text back', async () => {
    setCsrfCookie();
    fakeServer(h5Session(), [], () =>
      jsonResponse(400, {
        code: 'input.invalid',
        params: {},
        fields: { text: { code: 'input.hiddenCharacters', params: {} } },
      }),
    );
    renderWithI18n(<H5ChatPage failed={null} />);

    await userEvent.type(await screen.findByTestId('h5-input'), '你好');
    await userEvent.click(screen.getByTestId('h5-send'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '请检查输入 不能含不可见的控制字符或文字方向字符',
    );
    expect(bubbles()).toHaveLength(0);
    expect((screen.getByTestId('h5-input') as HTMLTextAreaElement).value).toBe('你好');
  });

  it('puts a picked emoji into the input as the emoji itself and sends nothing blank', async () => {
    setCsrfCookie();
    fakeServer(h5Session(), []);
    renderWithI18n(<H5ChatPage failed={null} />);

    expect(((await screen.findByTestId('h5-send')) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('h5-input'), { target: { value: '   ' } });
    expect((screen.getByTestId('h5-send') as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: '表情' }));
    await userEvent.click(screen.getByRole('button', { name: '微笑' }));
    expect((screen.getByTestId('h5-input') as HTMLTextAreaElement).value).toBe('   😊');
    expect((screen.getByTestId('h5-send') as HTMLButtonElement).disabled).toBe(false);
  });

  it('polls messages after the newest id and the session while visible, and pauses while hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const messages = [h5Message(1)];
    let session = h5Session({
      conversation: h5Conversation({ status: 'QUEUED', queuePosition: 1, canGiveUp: true }),
    });
    const { calls } = stubFetch((call) => {
      if (call.url === '/api/h5/session') return jsonResponse(200, session);
      const after = Number(call.url.split('=')[1]);
      return jsonResponse(200, { messages: messages.filter((message) => message.id > after) });
    });
    const polls = (url: string) => calls.filter((call) => call.url.startsWith(url)).map((call) => call.url);
    renderWithI18n(<H5ChatPage failed={null} />);
    await waitFor(() => expect(bubbles()).toHaveLength(1));
    expect(screen.getByTestId('h5-status').textContent).toBe('排队中，您是第 1 位');

    messages.push(h5Message(2, { text: '您好，我是小王' }));
    session = h5Session({
      conversation: h5Conversation({ status: 'CHATTING', agent: { displayName: '小王', avatarUrl: null } }),
    });
    await act(() => vi.advanceTimersByTimeAsync(5000));
    await waitFor(() => expect(bubbles()).toHaveLength(2));
    expect(polls('/api/h5/messages').slice(0, 2)).toEqual([
      '/api/h5/messages?after=0',
      '/api/h5/messages?after=1',
    ]);
    expect(screen.getByTestId('h5-status').textContent).toBe('客服 小王 为您服务');

    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    const before = calls.length;
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(calls).toHaveLength(before);

    hidden.mockReturnValue(false);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() => expect(calls.length).toBe(before + 2));
    expect(polls('/api/h5/messages').at(-1)).toBe('/api/h5/messages?after=2');
  });

  it.each([
    [null, [], ''],
    [null, [h5Message(1)], '会话已结束，发送消息可再次咨询'],
    [h5Conversation({ status: 'ROBOT' }), [], '正在接入…'],
    [h5Conversation({ status: 'QUEUED', queuePosition: 2 }), [], '排队中，您是第 2 位'],
    [
      h5Conversation({ status: 'CHATTING', agent: { displayName: '小王', avatarUrl: '/a.png' } }),
      [],
      '客服 小王 为您服务',
    ],
    [h5Conversation({ status: 'ENDED' }), [h5Message(1)], '会话已结束，发送消息可再次咨询'],
  ] as [H5Session['conversation'], H5Message[], string][])(
    'says where the conversation stands (%j)',
    async (conversation, messages, line) => {
      fakeServer(h5Session({ conversation }), messages);
      renderWithI18n(<H5ChatPage failed={null} />);
      await waitFor(() => expect(bubbles()).toHaveLength(messages.length));
      await screen.findByTestId('h5-input');
      expect(screen.getByTestId('h5-status').textContent).toBe(line);
    },
  );

  describe('images', () => {
    // jsdom has no object URLs; the picked image shows under this one.
    beforeEach(() => {
      URL.createObjectURL = vi.fn(() => 'blob:picked');
      URL.revokeObjectURL = vi.fn();
    });
    afterEach(() => {
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    });

    it('shows a picked image at once, uploads it with a client id, then shows the server’s copy in its place', async () => {
      setCsrfCookie();
      const messages: H5Message[] = [];
      let answer = () => {};
      const server = fakeServer(h5Session(), messages, (call) => {
        const { clientId } = uploaded(call);
        return new Promise<Response>((resolve) => {
          answer = () => {
            messages.push(
              h5Message(7, {
                from: 'VISITOR',
                kind: 'IMAGE',
                text: null,
                mediaUrl: '/media/7.png',
                clientId,
              }),
            );
            resolve(jsonResponse(202, { clientId }));
          };
        });
      });
      renderWithI18n(<H5ChatPage failed={null} />);
      await screen.findByTestId('h5-image');
      const file = png();
      await pickImage(file);

      await waitFor(() => expect(server.sends()).toHaveLength(1));
      const send = server.sends()[0];
      expect(send.url).toBe('/api/h5/images');
      expect(uploaded(send).file).toBe(file);
      expect(isValidClientId(uploaded(send).clientId)).toBe(true);
      expect(send.headers['X-XSRF-TOKEN']).toBe('csrf-token');
      expect(send.headers['Content-Type']).toBeUndefined();
      expect(bubbles()[0].dataset.state).toBe('sending');
      expect(within(bubbles()[0]).getByRole('img').getAttribute('src')).toBe('blob:picked');
      expect(within(bubbles()[0]).getByText('发送中…')).toBeTruthy();

      act(() => answer());
      await waitFor(() => expect(bubbles()[0].dataset.id).toBe('7'));
      expect(bubbles()).toHaveLength(1);
      expect(within(bubbles()[0]).getByRole('img').getAttribute('src')).toBe('/media/7.png');
      // React runs an unmounted component's effect cleanups after the commit, not within it.
      await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:picked'));
    });

    it('shows the server’s refusal of an image under the input', async () => {
      setCsrfCookie();
      fakeServer(h5Session(), [], () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { file: { code: 'media.imageSize', params: { max: '2 MB' } } },
        }),
      );
      renderWithI18n(<H5ChatPage failed={null} />);
      await screen.findByTestId('h5-image');
      await pickImage(png());

      expect((await screen.findByRole('alert')).textContent).toBe('请检查输入 图片须小于 2 MB');
      expect(bubbles()).toHaveLength(0);
    });

    it('marks an image lost to the network as failed and uploads the same file under the same client id again', async () => {
      setCsrfCookie();
      const answers: (() => Response)[] = [
        () => {
          throw new TypeError('Failed to fetch');
        },
        () => jsonResponse(202),
      ];
      const server = fakeServer(h5Session(), [], () => (answers.shift() as () => Response)());
      renderWithI18n(<H5ChatPage failed={null} />);
      await screen.findByTestId('h5-image');
      await pickImage(png());

      await waitFor(() => expect(bubbles()[0].dataset.state).toBe('failed'));
      await userEvent.click(screen.getByTestId('h5-retry'));
      await waitFor(() => expect(server.sends()).toHaveLength(2));
      const [first, retried] = server.sends().map(uploaded);
      expect(retried.clientId).toBe(first.clientId);
      expect(retried.file).toBe(first.file);
      await waitFor(() => expect(bubbles()[0].dataset.state).toBe('sending'));
    });

    it('refuses a GIF over 2 MB in the page without sending it', async () => {
      const server = fakeServer(h5Session(), []);
      renderWithI18n(<H5ChatPage failed={null} />);
      await screen.findByTestId('h5-image');
      await pickImage(new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.gif', { type: 'image/gif' }));

      expect((await screen.findByRole('alert')).textContent).toBe('图片太大，压缩后仍超过 2 MB，未发送');
      await userEvent.click(screen.getByRole('button', { name: 'English' }));
      expect(screen.getByRole('alert').textContent).toBe(
        'The image is still over 2 MB after shrinking: not sent',
      );
      expect(server.sends()).toHaveLength(0);
      expect(bubbles()).toHaveLength(0);
    });

    it('shows the expired page when the session ends before an image is sent', async () => {
      setCsrfCookie();
      fakeServer(h5Session(), [], () => jsonResponse(401, { error: 'No session' }));
      renderWithI18n(<H5ChatPage failed={null} />);
      await screen.findByTestId('h5-image');
      await pickImage(png());

      expect(await screen.findByText('会话已失效，请从公众号菜单重新打开客服')).toBeTruthy();
    });
  });
});
