import { request } from './client';
import { answer, api, type Schema } from './http';

export type H5Visitor = Schema<'H5SessionVisitor'>;
export type H5Agent = Schema<'H5SessionAgent'>;
export type H5Conversation = Schema<'H5SessionConversation'>;
export type H5Session = Schema<'H5Session'>;
export type H5Menu = Schema<'H5SessionMenu'>;
export type H5Message = Schema<'H5Message'>;
export type H5MessageFrom = H5Message['from'];
type Accepted = Schema<'H5Accepted'>;

export function fetchH5Session(): Promise<H5Session> {
  return answer(api.GET('/api/h5/session'));
}

export async function fetchH5Messages(after: number): Promise<H5Message[]> {
  return (await answer(api.GET('/api/h5/messages', { params: { query: { after } } }))).messages;
}

export function sendH5Message(clientId: string, text: string): Promise<Accepted> {
  return answer(api.POST('/api/h5/messages', { body: { clientId, text } }));
}

/** 放弃排队: ends the visitor's own queued conversation as the give-up keyword does. */
export function giveUpH5Queue(conversationId: number): Promise<void> {
  return answer(api.POST('/api/h5/conversations/{id}/give-up', { params: { path: { id: conversationId } } }));
}

/** Multipart, which the typed client does not send; the answer's type is still the server's. */
export function sendH5Image(clientId: string, image: File): Promise<Accepted> {
  const form = new FormData();
  form.append('file', image);
  form.append('clientId', clientId);
  return request<Accepted>('POST', '/api/h5/images', form);
}
