import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentProfile, DeskUser } from '../../../api/agents';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { AgentsPage } from './AgentsPage';

const wang: DeskUser = { id: 5, username: 'wang', displayName: '小王', role: 'AGENT', enabled: true, avatarUrl: null };
const profile: AgentProfile = {
  userId: 5, username: 'wang', displayName: '小王', status: 'ONLINE', maxConcurrent: 3, activeCount: 1,
  queueIds: [2], skills: { billing: 4 },
};

function stubDesk(users: DeskUser[] = [wang]) {
  return stubFetch(
    on('GET', '/api/admin/users', () => jsonResponse(200, users)),
    on('GET', '/api/admin/agents', () => jsonResponse(200, [profile])),
    on('GET', '/api/admin/queues', () => jsonResponse(200, [{ id: 2, name: '售后', strategy: 'RANDOM', requiredSkill: null, waiting: 0 }])),
    on('PUT', '/api/admin/users/5', (call) => jsonResponse(200, { ...wang, ...(call.body as object) })),
    on('PUT', '/api/admin/agents/5/profile', () => jsonResponse(200, profile)),
    on('PUT', '/api/admin/users/5/password', () => new Response(null, { status: 204 })),
    on('POST', '/api/admin/users', () =>
      jsonResponse(400, { error: 'username: already taken', fields: { username: 'username: already taken / 用户名已存在' } })),
  );
}

describe('AgentsPage', () => {
  beforeEach(() => setCsrfCookie());

  it('lists agents with limit, queues and skills, and disables one', async () => {
    const { calls } = stubDesk();
    renderWithI18n(<AgentsPage />);
    const row = (await screen.findByText('小王')).closest('tr') as HTMLElement;
    expect(within(row).getByText('1 / 3')).toBeTruthy();
    expect(within(row).getByText('售后')).toBeTruthy();
    expect(within(row).getByText('billing:4')).toBeTruthy();

    await userEvent.setup().click(within(row).getByRole('button', { name: '停用' }));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ displayName: '小王', avatarUrl: null, enabled: false });
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
    expect(within(row).getByText('接待上限须为 1-50')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(0);
  });

  it('creates users and shows the server message beside the username', async () => {
    const { calls } = stubDesk();
    renderWithI18n(<AgentsPage />);
    const user = userEvent.setup();
    await screen.findByText('小王');
    await user.type(screen.getByLabelText('用户名'), 'wang');
    await user.type(screen.getByLabelText('显示名称'), '另一个小王');
    await user.type(screen.getByLabelText('初始密码'), 'secret-123');
    await user.click(screen.getByRole('button', { name: '新建用户' }));

    expect(await screen.findByText('username: already taken / 用户名已存在')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      username: 'wang', displayName: '另一个小王', password: 'secret-123', role: 'AGENT',
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
    expect(within(row).getByText('密码须为 8-72 个字符')).toBeTruthy();
    expect(calls.filter((call) => call.url.endsWith('/password'))).toHaveLength(0);

    await user.type(within(row).getByLabelText('新密码'), '-enough');
    await user.click(within(row).getByRole('button', { name: '重置密码' }));
    expect(await within(row).findByText('密码已重置')).toBeTruthy();
    expect(calls.find((call) => call.url.endsWith('/password'))?.body).toEqual({ password: 'short-enough' });
  });
});
