import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { LoginPage } from './LoginPage';

async function signIn(username: string, password: string) {
  await userEvent.type(screen.getByLabelText('用户名'), username);
  await userEvent.type(screen.getByLabelText('密码'), password);
  await userEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('LoginPage', () => {
  it('shows the server message on 401 and stays on the form', async () => {
    setCsrfCookie();
    stubFetch(
      on('POST', '/api/auth/login', () => jsonResponse(401, { code: 'user.badCredentials', params: {} })),
    );
    const onLoggedIn = vi.fn();
    renderWithI18n(<LoginPage onLoggedIn={onLoggedIn} />);

    await signIn('alice', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('用户名或密码错误');
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: '登录' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the lockout message on 429', async () => {
    setCsrfCookie();
    stubFetch(
      on('POST', '/api/auth/login', () =>
        jsonResponse(429, { code: 'user.tooManyFailedLogins', params: { seconds: 900 } }),
      ),
    );
    renderWithI18n(<LoginPage onLoggedIn={vi.fn()} />);

    await signIn('alice', 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('登录失败次数过多，请 900 秒后再试');
  });

  it('calls onLoggedIn with the user on 200', async () => {
    setCsrfCookie();
    const user = { username: 'alice', displayName: 'Alice', roles: ['ADMIN'] };
    const { calls } = stubFetch(on('POST', '/api/auth/login', () => jsonResponse(200, user)));
    const onLoggedIn = vi.fn();
    renderWithI18n(<LoginPage onLoggedIn={onLoggedIn} />);

    await signIn(' alice ', 's3cret');

    await vi.waitFor(() => expect(onLoggedIn).toHaveBeenCalledWith(user));
    expect(calls[0].body).toEqual({ username: 'alice', password: 's3cret' });
  });

  it('asks for both fields before calling the server', async () => {
    const { fetchMock } = stubFetch();
    renderWithI18n(<LoginPage onLoggedIn={vi.fn()} />);

    await userEvent.type(screen.getByLabelText('用户名'), 'alice');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(screen.getByRole('alert').textContent).toBe('请输入用户名和密码');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('in demo mode lists the demo logins, fills one in on click, and links the fan simulator', async () => {
    const demo = {
      demo: true,
      accounts: [],
      logins: [
        { username: 'admin', password: 'demo1234', role: 'ADMIN' },
        { username: 'agent1', password: 'demo1234', role: 'AGENT' },
      ],
      fans: [],
      vipFan: '',
      templates: [],
    };
    renderWithI18n(<LoginPage onLoggedIn={vi.fn()} demo={demo} />);

    await userEvent.click(screen.getByRole('button', { name: 'agent1 / demo1234' }));

    expect((screen.getByLabelText('用户名') as HTMLInputElement).value).toBe('agent1');
    expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe('demo1234');
    expect(screen.getByRole('region', { name: '演示模式' })).toBeTruthy();
    // Each login's role in words, not the API's ADMIN / AGENT.
    expect(screen.getByText('管理员')).toBeTruthy();
    expect(screen.getByText('座席')).toBeTruthy();
    expect(screen.queryByText(/^(ADMIN|AGENT)$/)).toBeNull();
    expect(screen.getByRole('link', { name: '模拟粉丝' }).getAttribute('href')).toBe(
      '#/simulator',
    );
  });

  it('shows no demo logins outside demo mode', () => {
    renderWithI18n(<LoginPage onLoggedIn={vi.fn()} />);

    expect(screen.queryByRole('region', { name: '演示模式' })).toBeNull();
  });
});
