import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Role, User } from '../api/auth';
import { jsonResponse, renderWithI18n, setCsrfCookie, stubFetch } from '../test/helpers';
import { snapshot } from '../test/workbenchFixtures';
import { Shell } from './Shell';

// The charts draw on a canvas, which jsdom lacks; here only which screens open matters.
vi.mock('../features/reports/ReportCharts', () => ({ default: () => <p data-testid="charts" /> }));

const wallboard = {
  queues: [],
  agents: [],
  inProgress: 0,
  startedToday: 3,
  servedToday: 2,
  abandonedToday: 0,
  refusedToday: 1,
  averageRatingToday: null,
  solvedRateToday: null,
};

const report = {
  firstDay: '2026-12-04',
  lastDay: '2026-12-04',
  zone: 'Asia/Shanghai',
  from: '2026-12-03T16:00:00Z',
  to: '2026-12-04T16:00:00Z',
  started: 3,
  served: 2,
  abandonedGaveUp: 0,
  abandonedTimedOut: 0,
  refused: 1,
  refusals: { OUT_OF_HOURS: 1, NO_AGENT: 0 },
  queueWait: { median: null, p90: null },
  firstResponse: { median: null, p90: null },
  length: { median: null, p90: null },
  messagesPerConversation: null,
  timeouts: {},
  transfers: 0,
  ratings: [],
  rated: 0,
  ratedShare: null,
  solvedRate: null,
  agents: [],
  loadByHour: [],
  days: [],
};

/** Every screen's first reads answered, so that whichever screen opens renders. */
function serveEveryScreen() {
  setCsrfCookie();
  return stubFetch((call) => {
    if (call.url.startsWith('/api/reports/choices')) {
      return jsonResponse(200, { accounts: [], queues: [], agents: [] });
    }
    if (call.url.startsWith('/api/reports')) return jsonResponse(200, report);
    if (call.url === '/api/wallboard') return jsonResponse(200, wallboard);
    if (call.url === '/api/workbench') return jsonResponse(200, snapshot({ conversations: [] }));
    if (call.url.startsWith('/api/')) return jsonResponse(200, []);
    return undefined;
  });
}

const userOf = (...roles: Role[]): User => ({
  username: roles.join('-').toLowerCase(),
  displayName: roles.join(' '),
  roles,
  timeZone: 'Asia/Shanghai',
});

const navigation = () => within(screen.getByRole('banner'));
const linkNames = () =>
  navigation()
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('Shell navigation by role', () => {
  it('gives a supervisor the reports and the wallboard beside the monitor, and opens each', async () => {
    const { calls } = serveEveryScreen();
    window.location.hash = '#/reports';
    renderWithI18n(<Shell user={userOf('SUPERVISOR')} onLogout={() => undefined} />);

    expect(await screen.findByRole('heading', { name: '统计报表' })).toBeTruthy();
    expect(linkNames()).toEqual(expect.arrayContaining(['监控', '统计报表', '实时大屏']));
    expect(linkNames()).not.toContain('管理');
    expect(await screen.findByTestId('refusals')).toBeTruthy();
    expect(calls.some((call) => call.url.startsWith('/api/admin/'))).toBe(false);

    navigation().getByRole('link', { name: '实时大屏' }).click();
    expect(await screen.findByText('今日未能接待')).toBeTruthy();
    expect(window.location.hash).toBe('#/wallboard');
  });

  it('gives an agent neither, and sends their address for the reports to the workbench', async () => {
    serveEveryScreen();
    window.location.hash = '#/reports';
    renderWithI18n(<Shell user={userOf('AGENT')} onLogout={() => undefined} />);

    await waitFor(() => expect(window.location.hash).toBe('#/workbench'));
    expect(linkNames()).toContain('工作台');
    expect(linkNames()).not.toContain('统计报表');
    expect(linkNames()).not.toContain('实时大屏');
    expect(linkNames()).not.toContain('监控');
  });

  it("keeps an admin's screens, the reports and the wallboard at their new addresses", async () => {
    serveEveryScreen();
    window.location.hash = '#/admin/wallboard';
    renderWithI18n(<Shell user={userOf('ADMIN')} onLogout={() => undefined} />);

    expect(await screen.findByText('今日未能接待')).toBeTruthy();
    expect(window.location.hash).toBe('#/wallboard');
    expect(linkNames()).toEqual(
      expect.arrayContaining(['公众号接入', '管理', '工作台', '监控', '统计报表', '实时大屏']),
    );
  });
});
