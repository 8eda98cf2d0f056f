import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CannedReply } from '../../api/cannedReplies';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { answerConfirm } from '../admin/confirmInTest';
import { Composer } from './Composer';

const REPLIES: CannedReply[] = [
  { id: 1, title: '退款流程', text: '退款将在 3 个工作日内原路返回。', shared: true },
  { id: 2, title: '问候', text: '您好，很高兴为您服务！', shared: false },
];

function renderComposer(onDraftChange = vi.fn()) {
  renderWithI18n(
    <Composer
      conversationId={7}
      cannedReplies={REPLIES}
      onCannedRepliesChanged={vi.fn()}
      draft=""
      onDraftChange={onDraftChange}
    />,
  );
  return screen.getByTestId('composer-input') as HTMLTextAreaElement;
}

type SendBody = { kind: string; content: unknown; idempotencyKey: string };

function fileInput(): HTMLInputElement {
  return screen.getByLabelText('选择文件', { selector: 'input' });
}

/** Picks the kind in the attach menu (the file chooser itself is the hidden input). */
async function chooseFile(kind: string) {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
  await userEvent.click(screen.getByTestId('attach-button'));
  await userEvent.click(await screen.findByRole('menuitem', { name: kind }));
}

interface FakeUpload {
  url: string;
  headers: Record<string, string>;
  body: FormData;
  progress: (loaded: number, total: number) => void;
  answer: (status: number, body: unknown) => void;
}

/** Uploads go through XMLHttpRequest, for their progress: this one lets the test answer them. */
function fakeUploads(): { requests: FakeUpload[] } {
  const requests: FakeUpload[] = [];
  class FakeXhr {
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(body: FormData) {
      requests.push({
        url: this.url,
        headers: this.headers,
        body,
        progress: (loaded, total) =>
          this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent),
        answer: (status, answer) => {
          this.status = status;
          this.responseText = JSON.stringify(answer);
          this.onload?.();
        },
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return { requests };
}

describe('Composer', () => {
  it('sends TEXT with an idempotency key on Enter and clears the input', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(on('POST', '/api/conversations/7/messages', () => jsonResponse(202)));
    const input = renderComposer();

    await userEvent.type(input, '您好{Enter}');

    const body = calls[0].body as SendBody;
    expect(body.kind).toBe('TEXT');
    expect(body.content).toEqual({ text: '您好' });
    expect(body.idempotencyKey).toMatch(/^[A-Za-z0-9_:.-]{8,100}$/);
    await vi.waitFor(() => expect(input.value).toBe(''));
  });

  it('shows the server’s 400 error and keeps the text', async () => {
    setCsrfCookie();
    stubFetch(
      on('POST', '/api/conversations/7/messages', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { status: { code: 'conversation.notChatting', params: { status: 'CLOSED' } } },
        }),
      ),
    );
    const input = renderComposer();

    await userEvent.type(input, '还在吗');
    await userEvent.click(screen.getByTestId('send-button'));

    expect((await screen.findByRole('alert')).textContent).toBe('请检查输入 会话不在进行中（CLOSED）');
    expect(input.value).toBe('还在吗');
  });

  it('retries with the same key after a lost response, and uses a new key for the next message', async () => {
    setCsrfCookie();
    let attempt = 0;
    const { calls } = stubFetch((call) => {
      if (call.url !== '/api/conversations/7/messages') return undefined;
      attempt += 1;
      if (attempt === 1) throw new TypeError('network down');
      return jsonResponse(202);
    });
    const input = renderComposer();

    await userEvent.type(input, '第一条{Enter}');
    expect(await screen.findByText('无法连接服务器，请稍后再试')).toBeTruthy();
    await userEvent.click(screen.getByTestId('send-button'));
    await vi.waitFor(() => expect(input.value).toBe(''));
    await userEvent.type(input, '第二条{Enter}');

    await vi.waitFor(() => expect(calls).toHaveLength(3));
    const keys = calls.map((call) => (call.body as SendBody).idempotencyKey);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('inserts a quick reply when "/" and part of its title are typed', async () => {
    const input = renderComposer();

    await userEvent.type(input, '您好 /退');
    expect(screen.getByRole('option', { name: /退款流程/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('option', { name: /问候/ })).toBeNull();

    await userEvent.keyboard('{Enter}');

    expect(input.value).toBe('您好 退款将在 3 个工作日内原路返回。');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('lists personal and shared quick replies and inserts the chosen one', async () => {
    const input = renderComposer();

    await userEvent.click(screen.getByRole('button', { name: '快捷回复' }));
    expect(screen.getByText('我的')).toBeTruthy();
    expect(screen.getByText('公共')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /^问候/ }));

    expect(input.value).toBe('您好，很高兴为您服务！');
  });

  it.each([
    [false, []],
    [true, ['DELETE']],
  ])('asks in the desk confirmation dialog before deleting a quick reply (ok: %s)', async (ok, sent) => {
    setCsrfCookie();
    const { calls } = stubFetch(on('DELETE', '/api/canned-replies/2', () => jsonResponse(204)));
    const browserConfirm = vi.spyOn(window, 'confirm');
    renderComposer();
    await userEvent.click(screen.getByRole('button', { name: '快捷回复' }));

    await userEvent.click(screen.getByRole('button', { name: '删除“问候”' }));
    await answerConfirm(ok, '删除快捷回复“问候”吗？');

    await vi.waitFor(() => expect(calls.map((call) => call.method)).toEqual(sent));
    expect(browserConfirm).not.toHaveBeenCalled();
  });

  it('shows a picked emoji as its picture at the cursor, and sends WeChat its code', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(on('POST', '/api/conversations/7/messages', () => jsonResponse(202)));
    const onDraftChange = vi.fn();
    const input = renderComposer(onDraftChange);
    await userEvent.type(input, '谢谢啦');
    input.setSelectionRange(2, 2);

    await userEvent.click(screen.getByRole('button', { name: '表情' }));
    await userEvent.click(screen.getByRole('button', { name: '强' }));

    expect(input.value).toBe('谢谢👍啦');
    expect(onDraftChange).toHaveBeenLastCalledWith('谢谢👍啦');
    await userEvent.click(screen.getByRole('button', { name: '发送' }));
    await vi.waitFor(() =>
      expect(calls[0]?.body).toMatchObject({ kind: 'TEXT', content: { text: '谢谢/:strong啦' } }),
    );
  });

  it('posts an internal note in note mode', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(on('POST', '/api/conversations/7/notes', () => jsonResponse(204)));
    const input = renderComposer();

    await userEvent.click(screen.getByRole('button', { name: '内部备注' }));
    await userEvent.type(input, 'VIP 客户');
    await userEvent.click(screen.getByRole('button', { name: '添加备注' }));

    await vi.waitFor(() => expect(calls[0]?.body).toEqual({ text: 'VIP 客户' }));
  });

  it('rejects an image over 2 MB, and uploads a valid one before sending it as IMAGE', async () => {
    setCsrfCookie();
    const uploads = fakeUploads();
    const { calls } = stubFetch(on('POST', '/api/conversations/7/messages', () => jsonResponse(202)));
    renderComposer();

    await chooseFile('图片');
    await userEvent.upload(
      fileInput(),
      new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' }),
    );
    expect(screen.getByRole('alert').textContent).toBe('图片不能超过 2 MB');
    expect(uploads.requests).toHaveLength(0);

    const photo = new File(['png'], 'photo.png', { type: 'image/png' });
    await userEvent.upload(fileInput(), photo);
    expect(screen.getByTestId('upload-progress').textContent).toContain('图片上传中…');
    expect(uploads.requests[0].url).toBe('/api/media?kind=IMAGE');
    expect(uploads.requests[0].body.get('file')).toStrictEqual(photo);

    uploads.requests[0].answer(201, { id: 42, kind: 'IMAGE' });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toMatchObject({ kind: 'IMAGE', content: { mediaId: 42 } });
    await vi.waitFor(() => expect(screen.queryByTestId('upload-progress')).toBeNull());
  });

  it('uploads an MP3 as VOICE with its progress shown, then sends it as VOICE', async () => {
    setCsrfCookie();
    const uploads = fakeUploads();
    const { calls } = stubFetch(on('POST', '/api/conversations/7/messages', () => jsonResponse(202)));
    renderComposer();

    await chooseFile('语音');
    expect(fileInput().accept).toContain('.mp3');
    const song = new File(['ID3'], 'greeting.mp3', { type: 'audio/mpeg' });
    await userEvent.upload(fileInput(), song);

    expect(uploads.requests[0].url).toBe('/api/media?kind=VOICE');
    expect(uploads.requests[0].headers['X-XSRF-TOKEN']).toBeTruthy();
    act(() => uploads.requests[0].progress(40, 100));
    expect(screen.getByTestId('upload-progress').textContent).toContain('语音上传中…');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    uploads.requests[0].answer(201, { id: 9, kind: 'VOICE' });

    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toMatchObject({ kind: 'VOICE', content: { mediaId: 9 } });
  });

  it('refuses a video over 10 MB at once, and shows the server’s code for a file that only looks like one', async () => {
    setCsrfCookie();
    const uploads = fakeUploads();
    renderComposer();

    await chooseFile('视频');
    await userEvent.upload(
      fileInput(),
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.mp4', { type: 'video/mp4' }),
    );
    expect(screen.getByRole('alert').textContent).toBe('视频不能超过 10 MB');
    expect(uploads.requests).toHaveLength(0);

    await chooseFile('语音');
    await userEvent.upload(fileInput(), new File(['PNG'], 'fake.mp3', { type: 'audio/mpeg' }));
    uploads.requests[0].answer(400, {
      code: 'input.invalid',
      params: {},
      fields: { file: { code: 'media.voiceType', params: {} } },
    });
    await vi.waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('请检查输入 语音仅支持 AMR、MP3 格式'),
    );
  });
});
