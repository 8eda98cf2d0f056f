import { Client } from '@stomp/stompjs';
import { useEffect, useRef, useState } from 'react';
import { csrfHeaders } from '../api/client';
import { fetchEventsAfter, type WorkbenchEvent } from '../api/workbench';
import { EventSequencer } from './eventSync';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export const EVENTS_DESTINATION = '/user/queue/events';
export const RECONNECT_DELAY_MS = 2_000;

export function brokerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/ws`;
}

/**
 * The workbench's one STOMP connection. Starts once `sinceEventId` (the snapshot's lastEventId)
 * is known; after every (re)connect it fetches the events it missed, and hands each event to
 * `onEvents` exactly once, in id order.
 */
export function useWorkbenchEvents(
  sinceEventId: number | null,
  onEvents: (events: WorkbenchEvent[]) => void,
): ConnectionState {
  const [state, setState] = useState<ConnectionState>('connecting');
  const onEventsRef = useRef(onEvents);
  useEffect(() => {
    onEventsRef.current = onEvents;
  }, [onEvents]);

  useEffect(() => {
    if (sinceEventId === null) return;
    const sequencer = new EventSequencer(sinceEventId, (events) => onEventsRef.current(events));
    let disposed = false;

    const client = new Client({
      brokerURL: brokerUrl(),
      reconnectDelay: RECONNECT_DELAY_MS,
      beforeConnect: async (self) => {
        self.connectHeaders = await csrfHeaders();
      },
      onConnect: () => {
        sequencer.startCatchUp();
        client.subscribe(EVENTS_DESTINATION, (frame) =>
          sequencer.live(JSON.parse(frame.body) as WorkbenchEvent),
        );
        fetchEventsAfter(sequencer.after).then(
          (events) => {
            if (disposed) return;
            sequencer.finishCatchUp(events);
            setState('connected');
          },
          () => {
            // Without the catch-up the stream has a gap; reconnecting retries both together.
            if (!disposed) client.forceDisconnect();
          },
        );
      },
      onWebSocketClose: () => {
        if (!disposed) setState('reconnecting');
      },
    });
    client.activate();
    return () => {
      disposed = true;
      void client.deactivate();
    };
  }, [sinceEventId]);

  return state;
}
