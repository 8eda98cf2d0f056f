import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Queue } from '../../../api/queues';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { QueuesPage } from './QueuesPage';

const presale: Queue = { id: 1, name: '售前', strategy: 'ROUND_ROBIN', requiredSkill: null, waiting: 2 };

describe('QueuesPage', () => {
  beforeEach(() => setCsrfCookie());

  it('needs a skill for skill-first before it creates the queue', async () => {
    const { calls } = stubFetch(
      on('GET', '/api/admin/queues', () => jsonResponse(200, [presale])),
      on('POST', '/api/admin/queues', (call) =>
        jsonResponse(201, { id: 2, waiting: 0, ...(call.body as object) }),
      ),
    );
    renderWithI18n(<QueuesPage />);
    const user = userEvent.setup();
    expect(
      within((await screen.findByText('售前')).closest('tr') as HTMLElement).getByText('轮选'),
    ).toBeTruthy();

    await user.type(document.getElementById('queue-new_name') as HTMLElement, '大客户');
    await user.click(document.getElementById('queue-new_strategy') as HTMLElement);
    const skillFirst = await screen.findAllByTitle('技能优先');
    await user.click(skillFirst[skillFirst.length - 1]);
    await user.click(screen.getByRole('button', { name: '新建队列' }));
    expect(await screen.findByText('技能优先须指定技能')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(document.getElementById('queue-new_requiredSkill') as HTMLElement, 'vip');
    await user.click(screen.getByRole('button', { name: '新建队列' }));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      name: '大客户',
      strategy: 'SKILL_FIRST',
      requiredSkill: 'vip',
    });
  });

  it('shows the server message beside the name', async () => {
    stubFetch(
      on('GET', '/api/admin/queues', () => jsonResponse(200, [presale])),
      on('POST', '/api/admin/queues', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { name: { code: 'queue.nameTaken', params: {} } },
        }),
      ),
    );
    renderWithI18n(<QueuesPage />);
    const user = userEvent.setup();
    await screen.findByText('售前');
    await user.type(document.getElementById('queue-new_name') as HTMLElement, '售前');
    await user.click(screen.getByRole('button', { name: '新建队列' }));
    expect(await screen.findByText('队列名称已存在')).toBeTruthy();
  });

  it('asks before deleting, sends nothing when cancelled, and deletes and reloads when confirmed', async () => {
    let listed = [presale];
    const { calls } = stubFetch(
      on('GET', '/api/admin/queues', () => jsonResponse(200, listed)),
      on('DELETE', '/api/admin/queues/1', () => {
        listed = [];
        return jsonResponse(204);
      }),
    );
    renderWithI18n(<QueuesPage />);
    const user = userEvent.setup();
    const row = (await screen.findByText('售前')).closest('tr') as HTMLElement;

    await user.click(within(row).getByRole('button', { name: '删除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('删除队列“售前”？');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.click(within(row).getByRole('button', { name: '删除' }));
    const again = (await screen.findAllByRole('dialog')).at(-1) as HTMLElement;
    await user.click(within(again).getByRole('button', { name: '删除' }));
    expect(await screen.findByText('还没有队列。请在下方新建。')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(1);
  });

  it('names what still uses a queue the server refuses to delete', async () => {
    stubFetch(
      on('GET', '/api/admin/queues', () => jsonResponse(200, [presale])),
      on('DELETE', '/api/admin/queues/1', () =>
        jsonResponse(409, {
          code: 'queue.inUse',
          params: { visitors: 3, navigations: '售前导航, 夜间导航', accounts: '' },
        }),
      ),
    );
    renderWithI18n(<QueuesPage />);
    const user = userEvent.setup();
    const row = (await screen.findByText('售前')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '删除' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '删除' }));

    const users = await screen.findByTestId('queue-users');
    expect(screen.getByText('队列“售前”仍在使用中，无法删除：')).toBeTruthy();
    const items = within(users)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      '路由导航：售前导航、夜间导航（默认队列或菜单项指向它）',
      '3 位访客曾在此队列排队（接待记录要用到它）',
    ]);
    // No account routing named, so no empty account line.
    expect(screen.queryByText(/公众号路由/)).toBeNull();
  });
});
