import { answer, api, type Schema } from './http';

export type DemoLogin = Schema<'Login'>;
export type DemoInfo = Schema<'DemoInfo'>;
export type DemoTemplate = Schema<'Template'>;

/**
 * One message the desk sent to the fan, as WeChat's API received it: `kind` is WeChat's msgtype. The
 * server describes `body` as any JSON (WeChat's own message object); the simulator reads its fields.
 */
export type Delivery = Omit<Schema<'Delivery'>, 'body'> & { body: Record<string, unknown> };

/**
 * What a simulated fan does; the backend turns it into WeChat's signed, encrypted push. Narrower than
 * the server's SimulatedPush (one record with every field optional): each type with the fields it needs.
 */
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
    const info = (await response.json()) as DemoInfo | null;
    return info?.demo ? info : null;
  } catch {
    return null;
  }
}

const byOpenid = (openid: string) => ({ params: { path: { openid } } });

export function sendPush(openid: string, push: SimulatedPush): Promise<Schema<'PushResult'>> {
  return answer(api.POST('/api/demo/fans/{openid}/pushes', { ...byOpenid(openid), body: push }));
}

export async function fetchInbox(openid: string): Promise<Delivery[]> {
  return (await answer(api.GET('/api/demo/fans/{openid}/inbox', byOpenid(openid)))) as Delivery[];
}

/**
 * A custom-menu button as WeChat's menu/create takes it (only the fields the simulator acts on); the
 * server passes WeChat's JSON through, which its document can only call any JSON.
 */
export interface DemoMenuButton {
  type?: string;
  name: string;
  key?: string;
  url?: string;
  sub_button?: DemoMenuButton[];
}

export async function fetchDemoMenu(): Promise<{ button?: DemoMenuButton[] }> {
  return (await answer(api.GET('/api/demo/menu'))) as { button?: DemoMenuButton[] };
}

export function demoMediaUrl(mediaId: string): string {
  return `/api/demo/media/${encodeURIComponent(mediaId)}`;
}
