import { request } from './client';

export interface DemoLogin {
  username: string;
  password: string;
  role: string;
}

export interface DemoInfo {
  demo: boolean;
  accounts: { appId: string; name: string; pushUrl: string }[];
  logins: DemoLogin[];
  fans: string[];
  vipFan: string;
}

/** One message the desk sent to the fan, as WeChat's API received it: `kind` is WeChat's msgtype. */
export interface Delivery {
  id: number;
  at: string;
  kind: string;
  body: Record<string, unknown>;
}

/** What a simulated fan does; the backend turns it into WeChat's signed, encrypted push. */
export type SimulatedPush =
  | { type: 'text'; text: string }
  | { type: 'image'; imageBase64: string }
  | { type: 'location'; lat: number; lng: number; label: string }
  | { type: 'click'; eventKey: string }
  | { type: 'subscribe' };

/**
 * The demo's info, or null when the desk does not run in demo mode (the endpoint then does not exist).
 * Plain fetch: outside demo mode the answer is 401 for anonymous visitors, which must not end a session.
 */
export async function fetchDemoInfo(): Promise<DemoInfo | null> {
  try {
    const response = await fetch('/api/demo/info', {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) return null;
    const info = (await response.json()) as DemoInfo;
    return info?.demo ? info : null;
  } catch {
    return null;
  }
}

export function sendPush(openid: string, push: SimulatedPush): Promise<{ status: number; body: string }> {
  return request('POST', `/api/demo/fans/${encodeURIComponent(openid)}/pushes`, push);
}

export function fetchInbox(openid: string): Promise<Delivery[]> {
  return request('GET', `/api/demo/fans/${encodeURIComponent(openid)}/inbox`);
}

/** A custom-menu button as WeChat's menu/create takes it (only the fields the simulator acts on). */
export interface DemoMenuButton {
  type?: string;
  name: string;
  key?: string;
  url?: string;
  sub_button?: DemoMenuButton[];
}

export function fetchDemoMenu(): Promise<{ button: DemoMenuButton[] }> {
  return request('GET', '/api/demo/menu');
}

export function demoMediaUrl(mediaId: string): string {
  return `/api/demo/media/${encodeURIComponent(mediaId)}`;
}
