import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReportFigures } from '../../api/reports';
import { jsonResponse, renderWithI18n, stubFetch } from '../../test/helpers';
import { ReportsPage } from './ReportsPage';

// The charts draw on a canvas, which jsdom lacks; the browser shows them, here their input is checked.
vi.mock('./ReportCharts', () => ({
  default: ({ figures }: { figures: ReportFigures }) => (
    <p data-testid="charts">{figures.days.map((day) => `${day.day}:${day.started}`).join(' ')}</p>
  ),
}));

const figures: ReportFigures = {
  firstDay: '2026-12-04',
  lastDay: '2026-12-04',
  zone: 'Asia/Shanghai',
  from: '2026-12-03T16:00:00Z',
  to: '2026-12-04T16:00:00Z',
  started: 12,
  served: 9,
  abandonedGaveUp: 2,
  abandonedTimedOut: 1,
  refused: 3,
  refusals: { OUT_OF_HOURS: 2, NO_AGENT: 1 },
  queueWait: { median: 42.4, p90: 120 },
  firstResponse: { median: 8, p90: 30 },
  length: { median: 300, p90: 900 },
  messagesPerConversation: 7.25,
  timeouts: { QUEUE_APPEASE: 3 },
  transfers: 1,
  ratings: [{ rating: 5, conversations: 6 }],
  rated: 6,
  ratedShare: 0.5,
  solvedRate: 0.8,
  agents: [
    {
      agentId: 7,
      username: 'lisi',
      conversations: 9,
      onlineSeconds: 7200,
      busyStatusSeconds: 1800,
      servingSeconds: 5400,
      averageRating: 4.5,
    },
  ],
  loadByHour: Array.from({ length: 24 }, () => 0),
  days: [{ day: '2026-12-04', started: 12, served: 9, abandoned: 3 }],
  percentilesApproximate: false,
};

const statistic = (title: string) => screen.getByText(title).closest('.ant-statistic') as HTMLElement;

describe('ReportsPage', () => {
  it('shows the figures of the chosen period and downloads the same report as CSV', async () => {
    const { calls } = stubFetch((call) => {
      if (call.url === '/api/reports/choices') {
        return jsonResponse(200, { accounts: [{ id: 7, name: '客服号' }], queues: [], agents: [] });
      }
      if (call.url.startsWith('/api/reports')) return jsonResponse(200, figures);
      if (call.url.startsWith('/api/')) return jsonResponse(200, []);
      return undefined;
    });
    renderWithI18n(<ReportsPage />);

    expect(await screen.findByTestId('charts', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(statistic('发起会话')).getByText('12')).toBeTruthy();
    expect(within(statistic('排队等待')).getByText('42 秒')).toBeTruthy();
    expect(within(statistic('问题解决率')).getByText('80%')).toBeTruthy();
    expect(statistic('平均消息数').textContent).toContain('7.3');
    expect(within(statistic('未能接待')).getByText('3')).toBeTruthy();
    expect(screen.getByTestId('refusals').textContent).toBe('非工作时间 2 · 无客服在线 1');
    expect(calls.some((call) => call.url.startsWith('/api/admin/'))).toBe(false);
    expect(calls.some((call) => call.url === '/api/reports?period=TODAY')).toBe(true);
    const agentRow = screen.getByText('lisi').closest('tr') as HTMLElement;
    expect(agentRow.textContent).toBe('lisi92.0 小时0.5 小时1.5 小时4.50');
    expect(screen.queryByText(/读取按日汇总/)).toBeNull();

    await userEvent.click(screen.getByText('近 7 天'));
    await waitFor(() =>
      expect(calls.some((call) => call.url === '/api/reports?period=LAST_7_DAYS')).toBe(true),
    );
    expect(screen.getByText('下载 CSV').closest('a')?.getAttribute('href')).toBe(
      '/api/reports/csv?period=LAST_7_DAYS',
    );

    await userEvent.click(screen.getByText('自定义'));
    const download = screen.getByText('下载 CSV').closest('a') as HTMLElement;
    expect(download.getAttribute('href')).toBeNull();
    expect(download.className).toContain('disabled');
  });

  it('says when the medians and percentiles come from the daily roll-up', async () => {
    stubFetch((call) => {
      if (call.url === '/api/reports/choices')
        return jsonResponse(200, { accounts: [], queues: [], agents: [] });
      if (call.url.startsWith('/api/reports'))
        return jsonResponse(200, { ...figures, percentilesApproximate: true });
      if (call.url.startsWith('/api/')) return jsonResponse(200, []);
      return undefined;
    });
    renderWithI18n(<ReportsPage />);
    expect(await screen.findByText(/读取按日汇总/, {}, { timeout: 5000 })).toBeTruthy();
  });
});
