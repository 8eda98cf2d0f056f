import { Client } from '@stomp/stompjs';
import { useEffect, useRef } from 'react';
import { csrfHeaders } from '../api/client';
import { brokerUrl, RECONNECT_DELAY_MS } from './useWorkbenchEvents';

/**
 * A screen's own STOMP subscription to a feed that keeps no log to catch up from: `onConnected`
 * runs at every (re)connect, for the screen to read afresh what it may have missed while the
 * socket was down, and `onMessage` for each frame after. No subscription while `destination` is
 * null (nothing chosen to follow yet).
 */
export function useStompFeed<T>(
  destination: string | null,
  onMessage: (message: T) => void,
  onConnected: () => void,
): void {
  const handlers = useRef({ onMessage, onConnected });
  useEffect(() => {
    handlers.current = { onMessage, onConnected };
  }, [onMessage, onConnected]);

  useEffect(() => {
    if (destination === null) return;
    const client = new Client({
      brokerURL: brokerUrl(),
      reconnectDelay: RECONNECT_DELAY_MS,
      beforeConnect: async (self) => {
        self.connectHeaders = await csrfHeaders();
      },
      onConnect: () => {
        client.subscribe(destination, (frame) => handlers.current.onMessage(JSON.parse(frame.body) as T));
        handlers.current.onConnected();
      },
    });
    client.activate();
    return () => void client.deactivate();
  }, [destination]);
}
