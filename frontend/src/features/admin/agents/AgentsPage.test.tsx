import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentProfile, DeskUser } from '../../../api/agents';
import {
  jsonResponse,
  on,
  renderWithI18n,
  setCsrfCookie,
  stubFetch,
  type Call,
  type Route,
} from '../../../test/helpers';
import { FakeStompClient } from '../../../test/fakeStomp';
import { AGENT_STATUS_FEED, AgentsPage } from './AgentsPage';

const wang: DeskUser = {
  id: 5,
  username: 'wang',
  displayName: '小王',
  role: 'AGENT',
  enabled: true,
  avatarUrl: null,
};
const profile: AgentProfile = {
  userId: 5,
  username: 'wang',
  displayName: '小王',
  status: 'ONLINE',
  maxConcurrent: 3,
  activeCount: 1,
  queueIds: [2],
  skills: { billing: 4 },
};

// jsdom cannot decode images: every picked PNG or JPEG is taken for a 200 × 200 picture, small enough to send as is.
vi.mock('../../images/canvasImage', () => ({
  decodeImage: async () => ({
    width: 200,
    height: 200,
    toJpeg: async () => new Blob(['redrawn']),
    close: () => {},
  }),
}));

function stubDesk(users: DeskUser[] = [wang], ...more: Route[]) {
  return stubFetch(
    ...more,
    on('GET', '/api/admin/users', () => jsonResponse(200, users)),
    on('GET', '/api/admin/agents', () => jsonResponse(200, [profile])),
    on('GET', '/api/admin/queues', () =>
      jsonResponse(200, [{ id: 2, name: '售后', strategy: 'RANDOM', requiredSkill: null, waiting: 0 }]),
    ),
    on('PUT', '/api/admin/users/5', (call) => jsonResponse(200, { ...wang, ...(call.body as object) })),
    on('PUT', '/api/admin/agents/5/profile', () => jsonResponse(200, profile)),
    on('PUT', '/api/admin/users/5/password', () => new Response(null, { status: 204 })),
    on('POST', '/api/admin/users', () =>
      jsonResponse(400, {
        code: 'input.invalid',
        params: {},
        fields: { username: { code: 'user.usernameTaken', params: {} } },
      }),
    ),
  );
}

describe('AgentsPage', () => {
  beforeEach(() => setCsrfCookie());

  it('lists agents with their worded role, limit, queues and skills, and disables one after confirming', async () => {
    const { calls } = stubDesk();
    renderWithI18n(<AgentsPage />);
    const row = (await screen.findByText('小王')).closest('tr') as HTMLElement;
    expect(within(row).getByText('1 / 3')).toBeTruthy();
    expect(within(row).getByText('售后')).toBeTruthy();
    expect(within(row).getByText('billing:4')).toBeTruthy();

    const user = userEvent.setup();
    expect(within(row).getByText('座席')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: '停用' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('停用“小王”？');
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: '停用' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      displayName: '小王',
      avatarUrl: null,
      enabled: false,
    });
  });

  it('shows an agent going busy and offline as it happens, and reads the statuses again after a reconnect', async () => {
    const { calls } = stubDesk();
    renderWithI18n(<AgentsPage />);
    const row = (await screen.findByText('小王')).closest('tr') as HTMLElement;
    expect(within(row).getByText('在线')).toBeTruthy();
    const feed = FakeStompClient.latest();
    await act(() => feed.simulateConnect());

    act(() => feed.emit(AGENT_STATUS_FEED, { agentId: 5, username: 'wang', status: 'BUSY' }));
    expect(await within(row).findByText('忙碌')).toBeTruthy();
    act(() => feed.emit(AGENT_STATUS_FEED, { agentId: 5, username: 'wang', status: 'OFFLINE' }));
    expect(await within(row).findByText('离线')).toBeTruthy();

    const readsBefore = calls.filter((call) => call.url === '/api/admin/agents').length;
    feed.simulateClose();
    await act(() => feed.simulateConnect());
    await waitFor(() =>
      expect(calls.filter((call) => call.url === '/api/admin/agents').length).toBe(readsBefore + 1),
    );
  });

  it('checks a reception limit outside 1-50 before saving', async () => {
    const { calls } = stubDesk();
    renderWithI18n(<AgentsPage />);
    const user = userEvent.setup();
    const row = (await screen.findByText('小王')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '编辑' }));
    const limit = within(row).getByLabelText('接待上限');
    await user.clear(limit);
    await user.type(limit, '51');
    await user.click(within(row).getByRole('button', { name: '保存' }));
    expect(await within(row).findByText('接待上限须为 1-50')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(0);
  });

  it('creates users and shows the server message beside the username', async () => {
    const { calls } = stubDesk();
    renderWithI18n(<AgentsPage />);
    const user = userEvent.setup();
    await screen.findByText('小王');
    // The table's sortable column is labelled 显示名称 too: the new user's form is the one meant.
    const form = screen.getByRole('button', { name: '新建用户' }).closest('form') as HTMLElement;
    await user.type(within(form).getByLabelText('用户名'), 'wang');
    await user.type(within(form).getByLabelText('显示名称'), '另一个小王');
    await user.type(within(form).getByLabelText('初始密码'), 'secret-123');
    await user.click(within(form).getByRole('button', { name: '新建用户' }));

    expect(await screen.findByText('用户名已存在')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      username: 'wang',
      displayName: '另一个小王',
      password: 'secret-123',
      role: 'AGENT',
    });
  });

  it('resets a password after checking its length', async () => {
    const { calls } = stubDesk();
    renderWithI18n(<AgentsPage />);
    const user = userEvent.setup();
    const row = (await screen.findByText('小王')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '重置密码' }));
    await user.type(within(row).getByLabelText('新密码'), 'short');
    await user.click(within(row).getByRole('button', { name: '重置密码' }));
    expect(await within(row).findByText('密码须为 8-72 个字符')).toBeTruthy();
    expect(calls.filter((call) => call.url.endsWith('/password'))).toHaveLength(0);

    await user.type(within(row).getByLabelText('新密码'), '-enough');
    await user.click(within(row).getByRole('button', { name: '重置密码' }));
    expect(await within(row).findByText('密码已重置')).toBeTruthy();
    expect(calls.find((call) => call.url.endsWith('/password'))?.body).toEqual({ password: 'short-enough' });
  });

  describe('avatar upload', () => {
    const png = () => new File([new Uint8Array(2048)], 'wang.png', { type: 'image/png' });

    async function openEditor(user: ReturnType<typeof userEvent.setup>) {
      const row = (await screen.findByText('小王')).closest('tr') as HTMLElement;
      await user.click(within(row).getByRole('button', { name: '编辑' }));
      return row;
    }

    it('uploads a picture, then shows its desk path in the address field and the preview, and saves it', async () => {
      const withUrl = { ...wang, avatarUrl: 'https://cdn.example.com/wang.png' };
      const { calls } = stubDesk(
        [withUrl],
        on('POST', '/api/admin/users/5/avatar', () =>
          jsonResponse(200, { ...wang, avatarUrl: '/avatars/42' }),
        ),
      );
      renderWithI18n(<AgentsPage />);
      const user = userEvent.setup();
      const row = await openEditor(user);
      expect(within(row).getByRole('img', { name: '头像预览' }).getAttribute('src')).toBe(
        'https://cdn.example.com/wang.png',
      );
      expect(within(row).getByTestId('agent-5-avatar-upload').textContent).toBe('上传头像');

      const file = png();
      await user.upload(within(row).getByTestId('agent-5-avatar-file'), file);

      await waitFor(() =>
        expect((within(row).getByLabelText('头像（https 地址或上传）') as HTMLInputElement).value).toBe(
          '/avatars/42',
        ),
      );
      expect(within(row).getByRole('img', { name: '头像预览' }).getAttribute('src')).toBe('/avatars/42?v=1');
      const upload = calls.find((call) => call.url === '/api/admin/users/5/avatar') as Call;
      expect((upload.body as FormData).get('file')).toBe(file);
      expect(upload.headers['X-XSRF-TOKEN']).toBe('csrf-token');
      expect(upload.headers['Content-Type']).toBeUndefined();

      await user.click(within(row).getByRole('button', { name: '保存' }));
      await waitFor(() =>
        expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
          displayName: '小王',
          avatarUrl: '/avatars/42',
          enabled: true,
        }),
      );
    });

    it('shows the server’s refusal beside the field and keeps the address', async () => {
      stubDesk(
        [wang],
        on('POST', '/api/admin/users/5/avatar', () =>
          jsonResponse(400, {
            code: 'input.invalid',
            params: {},
            fields: { file: { code: 'media.imageType', params: {} } },
          }),
        ),
      );
      renderWithI18n(<AgentsPage />);
      const user = userEvent.setup();
      const row = await openEditor(user);
      await user.upload(within(row).getByTestId('agent-5-avatar-file'), png());

      expect(await within(row).findByText('仅支持 PNG、JPEG、GIF 图片')).toBeTruthy();
      expect((within(row).getByLabelText('头像（https 地址或上传）') as HTMLInputElement).value).toBe('');
      expect(within(row).queryByRole('img', { name: '头像预览' })).toBeNull();
    });

    it('refuses a GIF over 512 KB in the form without uploading it', async () => {
      const { calls } = stubDesk();
      renderWithI18n(<AgentsPage />);
      const user = userEvent.setup();
      const row = await openEditor(user);
      await user.upload(
        within(row).getByTestId('agent-5-avatar-file'),
        new File([new Uint8Array(512 * 1024 + 1)], 'big.gif', { type: 'image/gif' }),
      );

      expect(await within(row).findByText('头像压缩后仍超过 512 KB')).toBeTruthy();
      expect(calls.filter((call) => call.url.endsWith('/avatar'))).toHaveLength(0);
    });
  });
});
