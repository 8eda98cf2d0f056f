import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch, type Call } from '../../test/helpers';
import { FanSimulator } from './FanSimulator';

const info = {
  demo: true,
  accounts: [
    {
      appId: 'wx0000000000de30a1',
      name: '演示公众号',
      pushUrl: 'http://localhost:8080/wechat/push/wx0000000000de30a1',
    },
  ],
  logins: [{ username: 'agent1', password: 'demo1234', role: 'AGENT' }],
  fans: ['o_demo_xiaoming'],
  vipFan: 'o_demo_vip_lihua',
};

function inboxRoute(deliveries: unknown[]) {
  return (call: Call) =>
    call.method === 'GET' && call.url.startsWith('/api/demo/fans/') && call.url.endsWith('/inbox')
      ? jsonResponse(200, deliveries)
      : undefined;
}

describe('FanSimulator', () => {
  it('links to the demo account’s H5 chat page, in a new tab', async () => {
    stubFetch(
      on('GET', '/api/demo/info', () => jsonResponse(200, info)),
      inboxRoute([]),
      on('GET', '/api/demo/menu', () => jsonResponse(200, { button: [] })),
    );
    renderWithI18n(<FanSimulator />);

    const link = await screen.findByRole('link', { name: '在 H5 页面聊天' });
    expect(link.getAttribute('href')).toBe('/h5/wx0000000000de30a1');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('sends a text with a picked emoji as a push of the chosen fan', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/demo/info', () => jsonResponse(200, info)),
      inboxRoute([]),
      on('GET', '/api/demo/menu', () => jsonResponse(200, { button: [] })),
      (call) => (call.method === 'POST' ? jsonResponse(200, { status: 200, body: 'success' }) : undefined),
    );
    renderWithI18n(<FanSimulator />);

    await userEvent.click(await screen.findByRole('button', { name: 'o_demo_xiaoming' }));
    await userEvent.type(screen.getByLabelText('消息内容'), '你好');
    await userEvent.click(screen.getByRole('button', { name: '表情' }));
    await userEvent.click(screen.getByRole('button', { name: '微笑' }));
    await userEvent.click(screen.getByRole('button', { name: '发送' }));

    const push = calls.find((call) => call.method === 'POST');
    expect(push?.url).toBe('/api/demo/fans/o_demo_xiaoming/pushes');
    expect(push?.body).toEqual({ type: 'text', text: '你好/::)' });
    expect(await screen.findByText('你好😊')).toBeTruthy();
  });

  it('shows what the desk sent to the fan and sends the published menu’s clicks with their key', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('GET', '/api/demo/info', () => jsonResponse(200, info)),
      inboxRoute([
        { id: 1, at: '2030-01-01T08:00:00Z', kind: 'text', body: { text: { content: '您好，欢迎咨询！' } } },
      ]),
      on('GET', '/api/demo/menu', () =>
        jsonResponse(200, {
          button: [
            { type: 'click', name: '售前咨询', key: '1' },
            { type: 'click', name: '售后服务', key: '2' },
          ],
        }),
      ),
      (call) => (call.method === 'POST' ? jsonResponse(200, { status: 200, body: 'success' }) : undefined),
    );
    renderWithI18n(<FanSimulator />);

    expect(await screen.findByText('您好，欢迎咨询！')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: '售后服务' }));

    await vi.waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ type: 'click', eventKey: '2' }),
    );
  });

  it('explains itself outside demo mode', async () => {
    stubFetch(on('GET', '/api/demo/info', () => jsonResponse(401, { error: '请先登录' })));
    renderWithI18n(<FanSimulator />);

    expect(await screen.findByText(/只在演示模式下可用/)).toBeTruthy();
  });
});
