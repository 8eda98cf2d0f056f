import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NavigationDraft } from '../../../api/navigations';
import type { Queue } from '../../../api/queues';
import {
  chooseAntOption,
  jsonResponse,
  on,
  renderWithI18n,
  setCsrfCookie,
  stubFetch,
} from '../../../test/helpers';
import { NavigationForm } from './NavigationForm';

const queues: Queue[] = [
  { id: 1, name: '售前', strategy: 'RANDOM', requiredSkill: null, waiting: 0 },
  { id: 2, name: '售后', strategy: 'RANDOM', requiredSkill: null, waiting: 0 },
];

describe('NavigationForm', () => {
  beforeEach(() => setCsrfCookie());

  it('sends a menu with a sub-menu and shows server messages by their path', async () => {
    const { calls } = stubFetch(
      on('POST', '/api/admin/navigations', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { 'entries[1].entries[0].label': { code: 'input.length', params: { min: 1, max: 64 } } },
        }),
      ),
    );
    renderWithI18n(<NavigationForm queues={queues} onSaved={() => undefined} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('名称'), '售前售后');
    await user.type(screen.getByLabelText('欢迎语（菜单说明）'), '请选择');
    await user.type(screen.getAllByLabelText('菜单文字')[0], '售前');
    await chooseAntOption(user, screen.getAllByRole('combobox', { name: '目标' })[0], '售前');
    await user.click(screen.getByRole('button', { name: '添加菜单项' }));
    await user.type(screen.getAllByLabelText('菜单文字')[1], '售后');
    await chooseAntOption(user, screen.getAllByRole('combobox', { name: '目标' })[1], '子菜单');
    await user.type(screen.getAllByLabelText('菜单文字')[2], '退货');
    await chooseAntOption(user, screen.getAllByRole('combobox', { name: '目标' })[2], '售后');
    await user.click(screen.getByRole('button', { name: '新建导航' }));

    // Every field's rule runs before the form is sent: slow on a busy machine.
    expect(await screen.findByText('须为 1-64 个字符', undefined, { timeout: 10_000 })).toBeTruthy();
    const sent = calls.find((call) => call.method === 'POST')?.body as NavigationDraft;
    expect(sent.defaultQueueId).toBe(1);
    expect(sent.entries.map((entry) => [entry.number, entry.label, entry.queueId])).toEqual([
      [1, '售前', 1],
      [2, '售后', null],
    ]);
    expect(sent.entries[1].entries).toEqual([
      { number: 1, label: '退货', clickKey: null, queueId: 2, prompt: null, entries: [] },
    ]);
  }, 90_000);

  it('sends nothing while an entry leads nowhere', async () => {
    const { calls } = stubFetch();
    renderWithI18n(<NavigationForm queues={queues} onSaved={() => undefined} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('名称'), '导航');
    await user.type(screen.getByLabelText('欢迎语（菜单说明）'), '请选择');
    await user.type(screen.getByLabelText('菜单文字'), '售前');
    await user.click(screen.getByRole('button', { name: '新建导航' }));
    expect(await screen.findByText('菜单项须指向一个队列或一个子菜单')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});
