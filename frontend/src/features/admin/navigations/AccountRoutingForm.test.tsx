import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../api/accounts';
import type { Navigation } from '../../../api/navigations';
import type { Queue } from '../../../api/queues';
import {
  jsonResponse,
  on,
  renderWithI18n,
  setCsrfCookie,
  stubFetch,
  type Route,
} from '../../../test/helpers';
import { AccountRoutingForm } from './AccountRoutingForm';

const account = { id: 4, name: '测试号' } as Account;
const queues: Queue[] = [
  { id: 1, name: '售前队列', strategy: 'RANDOM', requiredSkill: null, waiting: 0 },
  { id: 2, name: '售后队列', strategy: 'RANDOM', requiredSkill: null, waiting: 0 },
];
const navigations = [{ id: 7, name: '售前售后' }] as Navigation[];

function render(...routes: Route[]) {
  const server = stubFetch(...routes);
  renderWithI18n(<AccountRoutingForm account={account} queues={queues} navigations={navigations} />);
  return server;
}

const routed = (body: object) => on('GET', '/api/admin/accounts/4/routing', () => jsonResponse(200, body));
const sent = (calls: { method: string; body?: unknown }[]) =>
  calls.filter((call) => call.method === 'PUT').map((call) => call.body);

describe('AccountRoutingForm', () => {
  beforeEach(() => setCsrfCookie());

  it('shows the account’s familiar window in the largest whole unit and saves it in minutes', async () => {
    const { calls } = render(
      routed({ accountId: 4, queueId: 2, familiarWindowMinutes: 180 }),
      on('PUT', '/api/admin/accounts/4/routing', (call) =>
        jsonResponse(200, { accountId: 4, ...(call.body as object) }),
      ),
    );
    const user = userEvent.setup();
    const amount = screen.getByLabelText('熟客优先的设置时间') as HTMLInputElement;
    await vi.waitFor(() => expect(amount.value).toBe('3'));
    expect(screen.getByText('售后队列')).toBeTruthy();
    expect(screen.getByText('小时')).toBeTruthy();

    await user.clear(amount);
    await user.type(amount, '2');
    await user.click(screen.getByRole('combobox', { name: '时间单位' }));
    await user.click(await screen.findByTitle('天'));
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(sent(calls)).toEqual([{ queueId: 2, familiarWindowMinutes: 2 * 24 * 60 }]);
  });

  it('sends nothing for a window beyond 30 days', async () => {
    const { calls } = render(routed({ accountId: 4, navigationId: 7, familiarWindowMinutes: 1440 }));
    const user = userEvent.setup();
    const amount = screen.getByLabelText('熟客优先的设置时间') as HTMLInputElement;
    await vi.waitFor(() => expect(amount.value).toBe('1'));
    await user.clear(amount);
    await user.type(amount, '31');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('须在 1 分钟到 30 天之间')).toBeTruthy();
    expect(sent(calls)).toEqual([]);
  });

  it('leaves the window to the desk’s default for an account not routed yet, and shows the server’s refusal on the field', async () => {
    const { calls } = render(
      on('GET', '/api/admin/accounts/4/routing', () =>
        jsonResponse(404, { code: 'routing.notConfigured', params: { accountId: 4 } }),
      ),
      on('PUT', '/api/admin/accounts/4/routing', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { queueId: { code: 'queue.notFound', params: {} } },
        }),
      ),
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: '目标' }));
    await user.click(await screen.findByTitle('售前队列'));
    expect((screen.getByLabelText('熟客优先的设置时间') as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await vi.waitFor(() => expect(sent(calls)).toEqual([{ queueId: 1 }]));
    expect(await screen.findByText('队列不存在')).toBeTruthy();
    expect(document.querySelector('.ant-alert')).toBeNull();
  });
});
