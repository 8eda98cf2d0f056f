import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Presence } from '../../api/workbench';
import { jsonResponse, on, renderWithI18n, setCsrfCookie, stubFetch } from '../../test/helpers';
import { parseLimit, PresencePanel } from './PresencePanel';

const ONLINE: Presence = { status: 'ONLINE', maxConcurrent: 5, activeCount: 2 };

describe('parseLimit', () => {
  it('accepts whole numbers from 1 to 50 only', () => {
    expect(parseLimit('1')).toBe(1);
    expect(parseLimit(' 50 ')).toBe(50);
    for (const bad of ['0', '51', '2.5', '-3', '', 'abc', '1e1']) expect(parseLimit(bad)).toBeNull();
  });
});

describe('PresencePanel', () => {
  it('switches the status, keeping the limit', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('PUT', '/api/agents/me/presence', () => jsonResponse(200, { ...ONLINE, status: 'BUSY' })),
    );
    const onChange = vi.fn();
    renderWithI18n(<PresencePanel presence={ONLINE} onChange={onChange} />);

    expect((screen.getByRole('radio', { name: '在线' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('接待中 2 / 5')).toBeTruthy();
    await userEvent.click(screen.getByText('忙碌'));

    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ ...ONLINE, status: 'BUSY' }));
    expect(calls[0].body).toEqual({ status: 'BUSY', maxConcurrent: 5 });
  });

  it('refuses a limit outside 1–50 without asking the server, then saves a valid one', async () => {
    setCsrfCookie();
    const { calls } = stubFetch(
      on('PUT', '/api/agents/me/presence', () => jsonResponse(200, { ...ONLINE, maxConcurrent: 12 })),
    );
    const onChange = vi.fn();
    renderWithI18n(<PresencePanel presence={ONLINE} onChange={onChange} />);
    const limit = screen.getByLabelText('接待上限');

    await userEvent.clear(limit);
    await userEvent.type(limit, '51');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('接待上限须为 1–50 的整数')).toBeTruthy();
    expect(limit.getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);

    await userEvent.clear(limit);
    await userEvent.type(limit, '12{Enter}');

    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ ...ONLINE, maxConcurrent: 12 }));
    expect(calls[0].body).toEqual({ status: 'ONLINE', maxConcurrent: 12 });
    // The help leaves with antd's animation.
    await vi.waitFor(() => expect(screen.queryByText('接待上限须为 1–50 的整数')).toBeNull());
  });

  it('shows the server’s field message for the limit', async () => {
    setCsrfCookie();
    stubFetch(
      on('PUT', '/api/agents/me/presence', () =>
        jsonResponse(400, {
          code: 'input.invalid',
          params: {},
          fields: { maxConcurrent: { code: 'input.range', params: { min: 1, max: 50 } } },
        }),
      ),
    );
    renderWithI18n(<PresencePanel presence={ONLINE} onChange={vi.fn()} />);

    await userEvent.clear(screen.getByLabelText('接待上限'));
    await userEvent.type(screen.getByLabelText('接待上限'), '1{Enter}');

    expect(await screen.findByText('取值范围 1-50')).toBeTruthy();
    expect(document.querySelector('.presence-alert')).toBeNull();
  });

  it('shows any other refusal in an alert', async () => {
    setCsrfCookie();
    stubFetch(
      on('PUT', '/api/agents/me/presence', () =>
        jsonResponse(403, { code: 'request.forbidden', params: {} }),
      ),
    );
    renderWithI18n(<PresencePanel presence={ONLINE} onChange={vi.fn()} />);

    await userEvent.click(screen.getByText('离线'));

    expect((await screen.findByRole('alert')).textContent).toBeTruthy();
    expect(document.querySelector('.presence-alert')).not.toBeNull();
  });
});
