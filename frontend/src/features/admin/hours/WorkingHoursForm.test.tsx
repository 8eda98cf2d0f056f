import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkingHours } from '../../../api/workingHours';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../../test/helpers';
import { WorkingHoursForm } from './WorkingHoursPage';

const URL = '/api/admin/accounts/7/working-hours';

const SAVED: WorkingHours = {
  enabled: true,
  zone: 'Asia/Shanghai',
  outOfHoursText: '下班了，请留言',
  weekly: { MONDAY: [{ from: '09:00', to: '12:00' }] },
  holidays: [{ date: '2030-02-04', name: '除夕', hours: [] }],
  noAgentLeavesMessage: false,
  noAgentWaitMinutes: 30,
  noAgentText: '客服不在线，请留言',
};

describe('WorkingHoursForm', { timeout: 60_000 }, () => {
  beforeEach(() => setCsrfCookie());

  it('sends the schedule as saved, the weekdays without ranges left out', async () => {
    const { calls } = stubFetch(on('PUT', URL, (call) => jsonResponse(200, call.body)));
    renderWithI18n(<WorkingHoursForm accountId={7} initial={SAVED} />);

    expect((screen.getByDisplayValue('09:00') as HTMLInputElement).value).toBe('09:00');
    expect(screen.getByDisplayValue('除夕')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual(SAVED);
  });

  it('refuses to switch on a schedule without a single range, without asking the server', async () => {
    const { calls } = stubFetch(on('PUT', URL, (call) => jsonResponse(200, call.body)));
    renderWithI18n(<WorkingHoursForm accountId={7} initial={{ ...SAVED, weekly: {}, holidays: [] }} />);

    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('启用工作时间后至少要有一个工作时段')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('names a wait without agents out of its range, and a missing text once the switch is on', async () => {
    const { calls } = stubFetch(on('PUT', URL, (call) => jsonResponse(200, call.body)));
    renderWithI18n(
      <WorkingHoursForm
        accountId={7}
        initial={{ ...SAVED, noAgentLeavesMessage: true, noAgentWaitMinutes: 0, noAgentText: '' }}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('请填写 1-1440 的整数')).toBeTruthy();
    expect(await screen.findByText('请填写 1-600 字')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('shows the server’s word on a field it names', async () => {
    stubFetch(
      on('PUT', URL, () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { zone: { code: 'hours.zone', params: {} } },
        }),
      ),
    );
    renderWithI18n(<WorkingHoursForm accountId={7} initial={SAVED} />);

    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('请选择有效的时区，如 Asia/Shanghai')).toBeTruthy();
  });
});
