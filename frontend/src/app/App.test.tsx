import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../test/helpers';
import { snapshot } from '../test/workbenchFixtures';
import { deskTimeZone } from '../i18n/deskTimeZone';
import { App } from './App';

const agent = { username: 'bob', displayName: '小王', roles: ['AGENT'], timeZone: 'Asia/Shanghai' };

describe('App', () => {
  it('shows the login page when /api/auth/me is 401, then the workbench after login', async () => {
    setCsrfCookie();
    window.location.hash = '#/somewhere';
    stubFetch(
      on('GET', '/api/auth/me', () => jsonResponse(401)),
      on('POST', '/api/auth/login', () => jsonResponse(200, agent)),
      on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations: [] }))),
      on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
    );
    renderWithI18n(<App />);

    await userEvent.type(await screen.findByLabelText('用户名'), 'bob');
    await userEvent.type(screen.getByLabelText('密码'), 'pw');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByText('暂无会话')).toBeTruthy();
    expect(screen.getByText('小王')).toBeTruthy();
    expect(screen.getByRole('link', { name: '工作台' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('link', { name: '公众号接入' })).toBeNull();
    expect(window.location.hash).toBe('#/workbench');
    expect(deskTimeZone(), "the screens show times in the desk's zone the login told").toBe('Asia/Shanghai');
  });

  it('gives an admin the accounts screen first, the workbench too, and signs out', async () => {
    setCsrfCookie();
    const admin = { username: 'root', displayName: '管理员', roles: ['ADMIN'] };
    const { calls } = stubFetch(
      on('GET', '/api/auth/me', () => jsonResponse(200, admin)),
      on('GET', '/api/admin/accounts', () => jsonResponse(200, [])),
      on('POST', '/api/auth/logout', () => jsonResponse(204)),
    );
    renderWithI18n(<App />);

    expect(await screen.findByText('尚未绑定公众号。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '公众号接入' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('管理员')).toBeTruthy();
    expect(screen.getByRole('link', { name: '工作台' }).getAttribute('href')).toBe('#/workbench');

    await userEvent.click(screen.getByRole('button', { name: '退出登录' }));

    expect(await screen.findByRole('heading', { name: '登录' })).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST' && call.url === '/api/auth/logout')).toBe(true);
  });

  it('opens the screen its address names on a reload, nested admin screens included', async () => {
    setCsrfCookie();
    const admin = { username: 'root', displayName: '管理员', roles: ['ADMIN'] };
    stubFetch(
      on('GET', '/api/auth/me', () => jsonResponse(200, admin)),
      on('GET', '/api/admin/queues', () => jsonResponse(200, [])),
    );
    window.location.hash = '#/admin/queues';
    renderWithI18n(<App />);

    expect(await screen.findByRole('heading', { name: '消息受理队列' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '管理' }).getAttribute('aria-current')).toBe('page');
    const subNavigation = screen.getByRole('navigation', { name: '管理功能' });
    expect(within(subNavigation).getByRole('link', { name: '消息受理队列' }).getAttribute('href')).toBe(
      '#/admin/queues',
    );
    expect(
      within(subNavigation).getByRole('link', { name: '消息受理队列' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(window.location.hash).toBe('#/admin/queues');
  });

  it('sends an agent who names an admin address to the workbench, and words why Cockpit refused them', async () => {
    setCsrfCookie();
    stubFetch(
      on('GET', '/api/auth/me', () => jsonResponse(200, agent)),
      on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations: [] }))),
      on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
    );
    window.location.hash = '#/admin/queues';
    const { unmount } = renderWithI18n(<App />);
    expect(await screen.findByText('暂无会话')).toBeTruthy();
    expect(window.location.hash).toBe('#/workbench');
    expect(screen.queryByRole('link', { name: '管理' })).toBeNull();
    unmount();

    // Where the server redirects an agent who opened /camunda/app/cockpit/ in the browser.
    window.location.hash = '#/denied/cockpit';
    renderWithI18n(<App />);
    expect(await screen.findByText('Camunda Cockpit 仅供管理员使用')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '回到工作台' }));
    expect(await screen.findByText('暂无会话')).toBeTruthy();
    expect(window.location.hash).toBe('#/workbench');
  });
});
