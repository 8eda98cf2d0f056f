import { request } from './client';
import type { ConversationStatus } from './workbench';

/** The fan behind the H5 chat page; WeChat gives no nickname or avatar without the userinfo authorization. */
export interface H5Visitor {
  nickname: string | null;
  avatarUrl: string | null;
}

export interface H5Agent {
  displayName: string;
  avatarUrl: string | null;
}

export interface H5Conversation {
  id: number;
  status: ConversationStatus;
  queuePosition: number | null;
  agent: H5Agent | null;
}

/** What the page needs besides the messages; `conversation` is null before the fan's first message. */
export interface H5Session {
  accountName: string;
  appId: string;
  visitor: H5Visitor;
  conversation: H5Conversation | null;
}

export type H5MessageFrom = 'VISITOR' | 'AGENT' | 'SYSTEM';

export interface H5Message {
  id: number;
  from: H5MessageFrom;
  authorName: string | null;
  avatarUrl: string | null;
  /** TEXT and IMAGE are drawn as such; any other kind falls back to its text. */
  kind: string;
  text: string | null;
  mediaUrl: string | null;
  /** The id the page gave a message it sent, so the page can swap its optimistic bubble for this one. */
  clientId: string | null;
  createdAt: string;
}

export function fetchH5Session(): Promise<H5Session> {
  return request<H5Session>('GET', '/api/h5/session');
}

/** `after` 0 gives the newest messages; otherwise those with a greater id, ascending. */
export async function fetchH5Messages(after: number): Promise<H5Message[]> {
  return (await request<{ messages: H5Message[] }>('GET', `/api/h5/messages?after=${after}`)).messages;
}

/** The server de-duplicates on `clientId`, so sending the same message again cannot post it twice. */
export function sendH5Message(clientId: string, text: string): Promise<{ clientId: string }> {
  return request<{ clientId: string }>('POST', '/api/h5/messages', { clientId, text });
}

/** Same de-duplication as text; the browser sets the multipart Content-Type with its boundary. */
export function sendH5Image(clientId: string, image: File): Promise<{ clientId: string }> {
  const form = new FormData();
  form.append('file', image);
  form.append('clientId', clientId);
  return request<{ clientId: string }>('POST', '/api/h5/images', form);
}
