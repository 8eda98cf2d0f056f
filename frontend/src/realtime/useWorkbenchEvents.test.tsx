import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { WorkbenchEvent } from '../api/workbench';
import { FakeStompClient } from '../test/fakeStomp';
import { jsonResponse, setCsrfCookie, stubFetch } from '../test/helpers';
import { event } from '../test/workbenchFixtures';
import { EVENTS_DESTINATION, useWorkbenchEvents } from './useWorkbenchEvents';

const queueLength = (id: number): WorkbenchEvent => event({ id, type: 'QUEUE_LENGTH', queueLength: id });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** Answers /api/workbench/events with whatever the test queues up, and records the `after` ids asked for. */
function stubCatchUp() {
  const pending: { after: number; reply: ReturnType<typeof deferred<Response>> }[] = [];
  const { calls } = stubFetch((call) => {
    const match = /^\/api\/workbench\/events\?after=(\d+)$/.exec(call.url);
    if (!match) return undefined;
    const reply = deferred<Response>();
    pending.push({ after: Number(match[1]), reply });
    return reply.promise;
  });
  return { calls, pending };
}

describe('useWorkbenchEvents', () => {
  it('waits for the snapshot before connecting', () => {
    renderHook(() => useWorkbenchEvents(null, vi.fn()));

    expect(FakeStompClient.instances).toHaveLength(0);
  });

  it('connects with the CSRF header, catches up, then delivers live frames once each and in order', async () => {
    setCsrfCookie('tok');
    const { pending } = stubCatchUp();
    const onEvents = vi.fn();
    const { result } = renderHook(() => useWorkbenchEvents(10, onEvents));
    const client = FakeStompClient.latest();

    expect(client.active).toBe(true);
    expect(client.config.brokerURL).toBe(`ws://${window.location.host}/ws`);
    expect(result.current).toBe('connecting');

    await act(() => client.simulateConnect());
    expect(client.connectHeaders).toEqual({ 'X-XSRF-TOKEN': 'tok' });
    expect(pending.map((request) => request.after)).toEqual([10]);

    client.emit(EVENTS_DESTINATION, queueLength(12));
    expect(onEvents).not.toHaveBeenCalled();

    await act(async () => pending[0].reply.resolve(jsonResponse(200, [queueLength(11), queueLength(12)])));
    expect(result.current).toBe('connected');
    expect(onEvents.mock.calls.map(([events]) => events.map((e: WorkbenchEvent) => e.id))).toEqual([
      [11, 12],
    ]);

    act(() => {
      client.emit(EVENTS_DESTINATION, queueLength(12));
      client.emit(EVENTS_DESTINATION, queueLength(13));
    });
    expect(onEvents.mock.calls.map(([events]) => events.map((e: WorkbenchEvent) => e.id))).toEqual([
      [11, 12],
      [13],
    ]);
  });

  it('shows reconnecting when the socket closes and catches up after the last event it saw', async () => {
    setCsrfCookie();
    const { pending } = stubCatchUp();
    const onEvents = vi.fn();
    const { result } = renderHook(() => useWorkbenchEvents(10, onEvents));
    const client = FakeStompClient.latest();
    await act(() => client.simulateConnect());
    await act(async () => pending[0].reply.resolve(jsonResponse(200, [queueLength(11)])));

    act(() => client.simulateClose());
    expect(result.current).toBe('reconnecting');

    await act(() => client.simulateConnect());
    expect(pending[1].after).toBe(11);
    await act(async () => pending[1].reply.resolve(jsonResponse(200, [queueLength(12)])));

    expect(result.current).toBe('connected');
    expect(onEvents).toHaveBeenLastCalledWith([queueLength(12)]);
  });

  it('drops the connection when the catch-up fails, so the next reconnect retries it', async () => {
    setCsrfCookie();
    const { pending } = stubCatchUp();
    const onEvents = vi.fn();
    const { result } = renderHook(() => useWorkbenchEvents(10, onEvents));
    const client = FakeStompClient.latest();
    await act(() => client.simulateConnect());

    await act(async () => pending[0].reply.resolve(jsonResponse(503)));

    expect(client.forcedDisconnects).toBe(1);
    expect(result.current).toBe('reconnecting');
    expect(onEvents).not.toHaveBeenCalled();
  });

  it('deactivates the client on unmount', () => {
    const { unmount } = renderHook(() => useWorkbenchEvents(10, vi.fn()));
    const client = FakeStompClient.latest();

    unmount();

    expect(client.active).toBe(false);
  });
});
