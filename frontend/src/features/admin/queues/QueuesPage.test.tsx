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

    await user.type(document.getElementById('queue-new-name') as HTMLElement, '大客户');
    await user.selectOptions(document.getElementById('queue-new-strategy') as HTMLElement, 'SKILL_FIRST');
    await user.click(screen.getByRole('button', { name: '新建队列' }));
    expect(screen.getByText('技能优先须指定技能')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(document.getElementById('queue-new-skill') as HTMLElement, 'vip');
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
    await user.type(document.getElementById('queue-new-name') as HTMLElement, '售前');
    await user.click(screen.getByRole('button', { name: '新建队列' }));
    expect(await screen.findByText('队列名称已存在')).toBeTruthy();
  });
});
