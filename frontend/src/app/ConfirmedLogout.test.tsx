import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../test/helpers';
import { conversation, snapshot } from '../test/workbenchFixtures';
import { App } from './App';

const agent = { username: 'bob', displayName: '小王', roles: ['AGENT'] };

function signedInAgentWith(conversations: ReturnType<typeof conversation>[]) {
  setCsrfCookie();
  window.location.hash = '#/workbench';
  return stubFetch(
    on('GET', '/api/auth/me', () => jsonResponse(200, agent)),
    on('GET', '/api/workbench', () => jsonResponse(200, snapshot({ conversations }))),
    on('GET', '/api/canned-replies', () => jsonResponse(200, [])),
    on('POST', '/api/auth/logout', () => jsonResponse(204)),
  );
}

describe('Logging out', () => {
  it('warns an agent with open conversations how many stay theirs, and logs out only when confirmed', async () => {
    const { calls } = signedInAgentWith([
      conversation({ id: 1, status: 'CHATTING' }),
      conversation({ id: 2, status: 'CHATTING' }),
      conversation({ id: 3, status: 'ENDED' }),
    ]);
    renderWithI18n(<App />);
    const logoutButton = await screen.findByRole('button', { name: '退出登录' });

    await userEvent.click(logoutButton);
    const warning = await screen.findByRole('dialog');
    expect(warning.textContent).toContain('你还有 2 个进行中的会话');
    await userEvent.click(within(warning).getByRole('button', { name: '取消' }));
    expect(calls.some((call) => call.url === '/api/auth/logout')).toBe(false);

    await userEvent.click(logoutButton);
    // The cancelled warning may still be fading out: the new one is the last.
    const confirmations = await screen.findAllByRole('button', { name: '仍然退出' });
    await userEvent.click(confirmations[confirmations.length - 1]);

    expect(await screen.findByRole('heading', { name: '登录' })).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST' && call.url === '/api/auth/logout')).toBe(true);
  });

  it('logs an agent without open conversations out at once', async () => {
    const { calls } = signedInAgentWith([conversation({ id: 3, status: 'ENDED' })]);
    renderWithI18n(<App />);

    await userEvent.click(await screen.findByRole('button', { name: '退出登录' }));

    expect(await screen.findByRole('heading', { name: '登录' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.some((call) => call.method === 'POST' && call.url === '/api/auth/logout')).toBe(true);
  });
});
