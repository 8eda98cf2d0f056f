import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Wallboard } from '../../api/reports';
import { LANG_STORAGE_KEY } from '../../i18n/I18nProvider';
import { FakeStompClient } from '../../test/fakeStomp';
import { jsonResponse, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { WALLBOARD_DESTINATION } from './useLiveWallboard';
import { WallboardPage } from './WallboardPage';

const quiet: Wallboard = {
  queues: [{ queueId: 1, name: '售前', waiting: 0, longestWaitSeconds: null }],
  agents: [{ agentId: 5, username: 'li', displayName: '李客服', status: 'ONLINE', load: 0, limit: 3 }],
  inProgress: 0,
  startedToday: 4,
  servedToday: 3,
  abandonedToday: 1,
  refusedToday: 2,
  averageRatingToday: 4.5,
  solvedRateToday: 0.75,
};

const busy: Wallboard = {
  ...quiet,
  queues: [{ queueId: 1, name: '售前', waiting: 2, longestWaitSeconds: 95 }],
  agents: [{ ...quiet.agents[0], status: 'BUSY', load: 3 }],
  inProgress: 3,
  servedToday: 6,
};

const figure = (label: string) => screen.getByText(label).closest('.wallboard-figure') as HTMLElement;

describe('WallboardPage', () => {
  it('shows the read snapshot, then each pushed one, and reads again after a reconnect', async () => {
    setCsrfCookie();
    const { calls } = stubFetch((call) =>
      call.url === '/api/wallboard' ? jsonResponse(200, quiet) : undefined,
    );
    renderWithI18n(<WallboardPage />);

    expect(await screen.findByText('李客服')).toBeTruthy();
    expect(within(figure('今日已接待')).getByText('3')).toBeTruthy();
    expect(within(figure('今日未能接待')).getByText('2')).toBeTruthy();
    expect(within(figure('今日平均评分')).getByText('4.5')).toBeTruthy();
    expect(within(figure('今日解决率')).getByText('75%')).toBeTruthy();
    expect(within(figure('最长等待')).getByText('—')).toBeTruthy();

    const reads = () => calls.filter((call) => call.url === '/api/wallboard').length;
    const stomp = FakeStompClient.latest();
    await act(() => stomp.simulateConnect());
    await waitFor(() => expect(reads()).toBe(2));
    await act(() => new Promise((settled) => setTimeout(settled, 0)));
    act(() => stomp.emit(WALLBOARD_DESTINATION, busy));

    await waitFor(() => expect(within(figure('排队人数')).getByText('2')).toBeTruthy());
    expect(within(figure('最长等待')).getByText('1 分 35 秒')).toBeTruthy();
    expect(within(figure('进行中的会话')).getByText('3')).toBeTruthy();
    expect(within(figure('今日已接待')).getByText('6')).toBeTruthy();
    expect(screen.getByText('忙碌')).toBeTruthy();
    expect(screen.getByText('3 / 3')).toBeTruthy();
    expect(screen.getByText('实时')).toBeTruthy();

    act(() => stomp.simulateClose());
    expect(screen.getByText('正在重新连接…')).toBeTruthy();
    await act(() => stomp.simulateConnect());
    await waitFor(() => expect(reads()).toBe(3));
  });

  it('speaks English after the switch', async () => {
    stubFetch((call) => (call.url === '/api/wallboard' ? jsonResponse(200, busy) : undefined));
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    renderWithI18n(<WallboardPage />);
    expect(await screen.findByText('Busy')).toBeTruthy();
    expect(within(figure('Longest wait')).getByText('1 min 35 s')).toBeTruthy();
    expect(within(figure('Served today')).getByText('6')).toBeTruthy();
    localStorage.removeItem(LANG_STORAGE_KEY);
  });
});
