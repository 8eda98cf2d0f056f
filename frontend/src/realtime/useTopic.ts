import { Client } from '@stomp/stompjs';
import { useEffect, useRef } from 'react';
import { csrfHeaders } from '../api/client';
import { brokerUrl } from './useWorkbenchEvents';

const RECONNECT_DELAY_MS = 2_000;

/**
 * Follows a STOMP topic while `destination` is set. `onConnected` runs after every (re)connect, so the
 * caller reloads what it may have missed meanwhile; `onMessage` gets each frame's parsed body.
 */
export function useTopic<T>(
  destination: string | null,
  onMessage: (body: T) => void,
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
    return () => {
      void client.deactivate();
    };
  }, [destination]);
}
