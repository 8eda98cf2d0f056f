import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditPage as Page } from '../../../api/audit';
import { LANG_STORAGE_KEY } from '../../../i18n/I18nProvider';
import { jsonResponse, renderWithI18n, stubFetch } from '../../../test/helpers';
import { AuditPage } from './AuditPage';

const page: Page = {
  entries: [
    {
      id: 9,
      actor: 'admin',
      at: '2026-12-03T12:22:25Z',
      action: 'flow-settings.update',
      targetType: 'FLOW_SETTINGS',
      targetId: '3',
      before: { welcomeText: '您好', agentRemindSeconds: 30 },
      after: { welcomeText: '欢迎', agentRemindSeconds: 30 },
    },
    {
      id: 8,
      actor: 'admin',
      at: '2026-12-03T12:00:00Z',
      action: 'mystery.action',
      targetType: 'QUEUE',
      targetId: '4',
      before: null,
      after: { name: '售后', strategy: 'LEAST_LOADED', brandNewField: 'x' },
    },
    {
      id: 7,
      actor: 'admin',
      at: '2026-12-03T11:00:00Z',
      action: 'user.create',
      targetType: 'USER',
      targetId: '5',
      before: null,
      after: { username: 'li', role: 'ADMIN', enabled: true },
    },
  ],
  page: 0,
  size: 20,
  total: 3,
};

function serveAudit() {
  return stubFetch((call) => (call.url.startsWith('/api/admin/audit') ? jsonResponse(200, page) : undefined));
}

const rowOf = async (text: string) =>
  (await screen.findByText(text)).closest('tr.ant-table-row') as HTMLElement;

describe('AuditPage', () => {
  it('shows each change as before and after under worded field names, and filters by type', async () => {
    const { calls } = serveAudit();
    renderWithI18n(<AuditPage />);

    const row = await rowOf('修改会话流程');
    expect(within(row).getByText('会话流程 3')).toBeTruthy();
    expect(within(row).getByText('欢迎语').getAttribute('title')).toBe('welcomeText');
    expect(within(row).queryByText('welcomeText')).toBeNull();
    expect(within(row).getByText('您好')).toBeTruthy();
    expect(within(row).getByText('欢迎')).toBeTruthy();
    // Unchanged fields are left out.
    expect(within(row).queryByText(/座席未回复/)).toBeNull();
    expect(calls[0].url).toBe('/api/admin/audit?page=0&size=20');

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: '对象类型' }));
    await user.click(await screen.findByTitle('队列'));
    expect(calls[calls.length - 1].url).toBe('/api/admin/audit?page=0&size=20&targetType=QUEUE');
  });

  it('words roles, strategies and yes/no in the diff, and keeps an unknown field by its raw name', async () => {
    serveAudit();
    renderWithI18n(<AuditPage />);

    const created = await rowOf('新建用户');
    expect(within(created).getByText('角色')).toBeTruthy();
    expect(within(created).getByText('管理员')).toBeTruthy();
    expect(within(created).queryByText('ADMIN')).toBeNull();
    expect(within(created).getByText('是')).toBeTruthy();

    const queue = await rowOf('mystery.action');
    expect(within(queue).getByText('分配策略')).toBeTruthy();
    expect(within(queue).getByText('平均')).toBeTruthy();
    expect(within(queue).getByText('brandNewField')).toBeTruthy();
  });

  it('writes times one way per language, never the browser’s US default', async () => {
    serveAudit();
    const { unmount } = renderWithI18n(<AuditPage />);
    const zhTime = within(await rowOf('修改会话流程')).getByText(/2026/);
    expect(zhTime.textContent).toMatch(/^2026\/12\/3 \d{2}:22:25$/);
    unmount();

    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    renderWithI18n(<AuditPage />);
    const enTime = within(await rowOf('Conversation flow changed')).getByText(/2026/);
    expect(enTime.textContent).toMatch(/^3 Dec 2026, \d{2}:22:25$/);
    expect(enTime.textContent).not.toMatch(/AM|PM|12\/3\/2026/);
    localStorage.removeItem(LANG_STORAGE_KEY);
  });

  it('labels known actions and shows unknown ones by their raw name', async () => {
    serveAudit();
    renderWithI18n(<AuditPage />);

    expect((await screen.findByText('修改会话流程')).getAttribute('title')).toBe('flow-settings.update');
    expect(screen.queryByText('flow-settings.update')).toBeNull();
    expect(screen.getByText('mystery.action')).toBeTruthy();
  });
});
