import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Navigation, NavigationDraft } from '../../../api/navigations';
import type { Queue } from '../../../api/queues';
import {
  jsonResponse,
  on,
  renderWithI18n,
  setCsrfCookie,
  stubFetch,
  type Route,
} from '../../../test/helpers';
import { NavigationsPage } from './NavigationsPage';
import { answerConfirm } from '../confirmInTest';

const queues: Queue[] = [
  { id: 1, name: '售前队列', strategy: 'RANDOM', requiredSkill: null, waiting: 0 },
  { id: 2, name: '维修队列', strategy: 'RANDOM', requiredSkill: null, waiting: 0 },
];

/** As the server sends it: null fields are left out. */
const stored: Navigation = {
  id: 7,
  name: '售前售后',
  greeting: '您好，请选择',
  maxInvalidAnswers: 3,
  defaultQueueId: 1,
  entries: [
    { id: 11, number: 1, label: '售前', queueId: 1 },
    { id: 12, number: 2, label: '售后', prompt: '售后服务：' },
    { id: 13, parentId: 12, number: 1, label: '维修', queueId: 2 },
  ],
};

function server(...routes: Route[]) {
  return stubFetch(
    ...routes,
    on('GET', '/api/admin/navigations', () => jsonResponse(200, [stored])),
    on('GET', '/api/admin/queues', () => jsonResponse(200, queues)),
    on('GET', '/api/admin/accounts', () => jsonResponse(200, [])),
  );
}

/** The navigation's row in the list. */
async function card(name: string) {
  return (await screen.findByRole('cell', { name })).closest('tr') as HTMLElement;
}

describe('NavigationsPage', () => {
  beforeEach(() => setCsrfCookie());

  it('shows each navigation with its sub-menu', async () => {
    server();
    renderWithI18n(<NavigationsPage />);
    const shown = await card('售前售后');
    expect(within(shown).getByText('→ 维修队列')).toBeTruthy();
  });

  it('loads a navigation into the form and saves the changed tree with PUT', async () => {
    const { calls } = server(
      on('PUT', '/api/admin/navigations/7', (call) =>
        jsonResponse(200, { ...stored, ...(call.body as object) }),
      ),
    );
    renderWithI18n(<NavigationsPage />);
    const user = userEvent.setup();
    await user.click(within(await card('售前售后')).getByRole('button', { name: '编辑' }));

    expect(screen.getByRole('heading', { name: '编辑导航' })).toBeTruthy();
    expect((screen.getByLabelText('名称') as HTMLInputElement).value).toBe('售前售后');
    expect(screen.getAllByLabelText('菜单文字').map((input) => (input as HTMLInputElement).value)).toEqual([
      '售前',
      '售后',
      '维修',
    ]);
    expect((screen.getByLabelText('子菜单提示') as HTMLInputElement).value).toBe('售后服务：');
    const greeting = screen.getByLabelText('欢迎语（菜单说明）');
    await user.clear(greeting);
    await user.type(greeting, '欢迎');
    await user.click(screen.getByRole('button', { name: '保存' }));

    const sent = calls.find((call) => call.method === 'PUT')?.body as NavigationDraft;
    expect(sent.greeting).toBe('欢迎');
    expect(sent.entries[1]).toEqual({
      number: 2,
      label: '售后',
      clickKey: null,
      queueId: null,
      prompt: '售后服务：',
      entries: [{ number: 1, label: '维修', clickKey: null, queueId: 2, prompt: null, entries: [] }],
    });
    expect(await screen.findByRole('button', { name: '新建导航' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '编辑导航' })).toBeNull();
  });

  it('deletes a navigation after confirmation', async () => {
    const { calls } = server(on('DELETE', '/api/admin/navigations/7', () => jsonResponse(204)));
    renderWithI18n(<NavigationsPage />);
    const user = userEvent.setup();
    await user.click(within(await card('售前售后')).getByRole('button', { name: '删除' }));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    await answerConfirm(true, '删除路由导航“售前售后”？');
    await vi.waitFor(() => expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(1));
  });

  it('sends nothing when the deletion is not confirmed', async () => {
    const { calls } = server();
    renderWithI18n(<NavigationsPage />);
    const user = userEvent.setup();
    await user.click(within(await card('售前售后')).getByRole('button', { name: '删除' }));
    await answerConfirm(false, '删除路由导航“售前售后”？');

    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);
  });

  it('shows the server refusal naming the accounts that still use the navigation', async () => {
    const refusal = '以下公众号的路由仍在使用该导航，请先为其改选队列或其他导航：测试号';
    server(
      on('DELETE', '/api/admin/navigations/7', () =>
        jsonResponse(409, { code: 'navigation.inUse', params: { accounts: '测试号' } }),
      ),
    );
    renderWithI18n(<NavigationsPage />);
    const user = userEvent.setup();
    await user.click(within(await card('售前售后')).getByRole('button', { name: '删除' }));
    await answerConfirm(true, '删除路由导航“售前售后”？');

    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(await card('售前售后')).toBeTruthy();
  });
});
