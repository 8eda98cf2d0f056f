import type { StompConfig } from '@stomp/stompjs';

type FrameCallback = (frame: { body: string }) => void;

/**
 * Stands in for @stomp/stompjs's Client in every test (see setup.ts), so no test opens a socket.
 * Tests play the broker: simulateConnect, emit, simulateClose.
 */
export class FakeStompClient {
  static instances: FakeStompClient[] = [];

  readonly config: StompConfig;
  connectHeaders: Record<string, string> = {};
  active = false;
  forcedDisconnects = 0;
  private readonly subscriptions = new Map<string, FrameCallback>();

  constructor(config: StompConfig) {
    this.config = config;
    FakeStompClient.instances.push(this);
  }

  static latest(): FakeStompClient {
    const client = FakeStompClient.instances.at(-1);
    if (!client) throw new Error('No STOMP client was created');
    return client;
  }

  activate(): void {
    this.active = true;
  }

  async deactivate(): Promise<void> {
    this.active = false;
  }

  subscribe(destination: string, callback: FrameCallback) {
    this.subscriptions.set(destination, callback);
    return { unsubscribe: () => this.subscriptions.delete(destination) };
  }

  forceDisconnect(): void {
    this.forcedDisconnects += 1;
    this.simulateClose();
  }

  /** What the real client does when the socket opens and the broker answers CONNECTED. */
  async simulateConnect(): Promise<void> {
    await this.config.beforeConnect?.(this as never);
    this.config.onConnect?.({} as never);
  }

  simulateClose(): void {
    this.subscriptions.clear();
    this.config.onWebSocketClose?.({} as never);
  }

  emit(destination: string, body: unknown): void {
    this.subscriptions.get(destination)?.({ body: JSON.stringify(body) });
  }
}
