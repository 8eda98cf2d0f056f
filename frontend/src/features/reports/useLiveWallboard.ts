import { Client } from '@stomp/stompjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { csrfHeaders } from '../../api/client';
import { fetchWallboard, type Wallboard } from '../../api/reports';

export const WALLBOARD_DESTINATION = '/queue/wallboard';
const WALLBOARD_KEY = ['wallboard'];
const RECONNECT_DELAY_MS = 2_000;

function brokerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/ws`;
}

/**
 * The wallboard as it is now: read once, then replaced by each snapshot the server pushes after a
 * change. After a reconnect it is read again, since pushes made while away are gone.
 */
export function useLiveWallboard(): { wallboard: Wallboard | undefined; connected: boolean } {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const query = useQuery({ queryKey: WALLBOARD_KEY, queryFn: fetchWallboard });

  useEffect(() => {
    const client = new Client({
      brokerURL: brokerUrl(),
      reconnectDelay: RECONNECT_DELAY_MS,
      beforeConnect: async (self) => {
        self.connectHeaders = await csrfHeaders();
      },
      onConnect: () => {
        client.subscribe(WALLBOARD_DESTINATION, (frame) =>
          queryClient.setQueryData(WALLBOARD_KEY, JSON.parse(frame.body) as Wallboard),
        );
        setConnected(true);
        void queryClient.invalidateQueries({ queryKey: WALLBOARD_KEY });
      },
      onWebSocketClose: () => setConnected(false),
    });
    client.activate();
    return () => {
      void client.deactivate();
    };
  }, [queryClient]);

  return { wallboard: query.data, connected };
}
