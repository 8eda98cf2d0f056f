import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditPage as Page } from '../../../api/audit';
import { jsonResponse, renderWithI18n, stubFetch } from '../../../test/helpers';
import { AuditPage } from './AuditPage';

const page: Page = {
  entries: [
    {
      id: 9,
      actor: 'admin',
      at: '2026-01-02T03:04:05Z',
      action: 'flow-settings.update',
      targetType: 'FLOW_SETTINGS',
      targetId: '3',
      before: { welcomeText: '您好', agentRemindSeconds: 30 },
      after: { welcomeText: '欢迎', agentRemindSeconds: 30 },
    },
    {
      id: 8,
      actor: 'admin',
      at: '2026-01-02T03:00:00Z',
      action: 'mystery.action',
      targetType: 'QUEUE',
      targetId: '4',
      before: null,
      after: { name: '售后' },
    },
  ],
  page: 0,
  size: 20,
  total: 2,
};

describe('AuditPage', () => {
  it('shows each change as before and after, and filters by type', async () => {
    const { calls } = stubFetch((call) =>
      call.url.startsWith('/api/admin/audit') ? jsonResponse(200, page) : undefined,
    );
    renderWithI18n(<AuditPage />);

    const row = (await screen.findByText('修改会话流程')).closest('tr') as HTMLElement;
    expect(within(row).getByText('会话流程 3')).toBeTruthy();
    expect(within(row).getByText('welcomeText')).toBeTruthy();
    expect(within(row).getByText('您好')).toBeTruthy();
    expect(within(row).getByText('欢迎')).toBeTruthy();
    expect(within(row).queryByText('agentRemindSeconds')).toBeNull();
    expect(calls[0].url).toBe('/api/admin/audit?page=0&size=20');

    await userEvent.setup().selectOptions(screen.getByLabelText('对象类型'), 'QUEUE');
    expect(calls[calls.length - 1].url).toBe('/api/admin/audit?page=0&size=20&targetType=QUEUE');
  });

  it('labels known actions and shows unknown ones by their raw name', async () => {
    stubFetch((call) => (call.url.startsWith('/api/admin/audit') ? jsonResponse(200, page) : undefined));
    renderWithI18n(<AuditPage />);

    expect((await screen.findByText('修改会话流程')).getAttribute('title')).toBe('flow-settings.update');
    expect(screen.queryByText('flow-settings.update')).toBeNull();
    expect(screen.getByText('mystery.action')).toBeTruthy();
  });
});
