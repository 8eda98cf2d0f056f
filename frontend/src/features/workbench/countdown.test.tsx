import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/helpers';
import { Waiting } from './ConversationList';
import { formatDuration, secondsLeft, secondsSince } from './countdown';

const SINCE = '2025-03-01T06:00:00Z';
const at = (seconds: number) => Date.parse(SINCE) + seconds * 1000;

describe('countdown', () => {
  it('counts whole seconds down from the remind time and stops at 0', () => {
    expect(secondsLeft(SINCE, 30, at(0))).toBe(30);
    expect(secondsLeft(SINCE, 30, at(3.9))).toBe(27);
    expect(secondsLeft(SINCE, 30, at(30))).toBe(0);
    expect(secondsLeft(SINCE, 30, at(95))).toBe(0);
  });

  it('treats a server time slightly in the future as just now', () => {
    expect(secondsSince(SINCE, at(-2))).toBe(0);
  });

  it('formats as m:ss, or h:mm:ss from an hour on', () => {
    expect(formatDuration(27)).toBe('0:27');
    expect(formatDuration(135)).toBe('2:15');
    expect(formatDuration(3723)).toBe('1:02:03');
  });

  it('ticks every second and turns into the configured reminder text at 0', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(3));
    renderWithI18n(<Waiting since={SINCE} remindSeconds={30} remindText="请尽快回复访客" />);

    expect(screen.getByTestId('reminder').textContent).toBe('请在 0:27 内回复');
    expect(screen.getByText('已等待 0:03')).toBeTruthy();

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByTestId('reminder').textContent).toBe('请在 0:26 内回复');

    await act(() => vi.advanceTimersByTimeAsync(26_000));
    expect(screen.getByTestId('reminder').textContent).toBe('请尽快回复访客');
    expect(screen.getByTestId('reminder').className).toContain('reminder-due');
    expect(screen.getByText('已等待 0:30')).toBeTruthy();
  });

  it("counts from the account's own remind time, and shows no countdown where reminding is off", () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(4));
    const { unmount } = renderWithI18n(
      <Waiting since={SINCE} remindSeconds={10} remindText="请尽快回复访客" />,
    );
    expect(screen.getByTestId('reminder').textContent).toBe('请在 0:06 内回复');
    unmount();

    renderWithI18n(<Waiting since={SINCE} remindSeconds={null} remindText="请尽快回复访客" />);
    expect(screen.queryByTestId('reminder')).toBeNull();
    expect(screen.getByText('已等待 0:04')).toBeTruthy();
  });
});
