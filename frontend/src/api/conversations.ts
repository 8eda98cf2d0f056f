import { csrfHeaders, failure } from './client';
import { answer, api, type Schema } from './http';
import type { Message } from './workbench';

export const PAGE_SIZE = 50;

/** The conversation and its newest PAGE_SIZE messages, oldest first. */
export type ConversationDetail = Schema<'ConversationView'>;

export type OutgoingMessage =
  | { kind: 'TEXT'; content: { text: string } }
  | { kind: 'IMAGE' | 'VOICE' | 'VIDEO'; content: { mediaId: number } };

export function fetchConversation(id: number): Promise<ConversationDetail> {
  return answer(api.GET('/api/conversations/{id}', { params: { path: { id } } }));
}

/** Older messages, reaching back into the fan's earlier conversations. */
export function fetchMessagesBefore(id: number, beforeMessageId: number): Promise<Message[]> {
  return answer(
    api.GET('/api/conversations/{id}/messages', {
      params: { path: { id }, query: { before: beforeMessageId, limit: PAGE_SIZE } },
    }),
  );
}

export function markRead(id: number, lastMessageId: number): Promise<void> {
  return answer(
    api.POST('/api/conversations/{id}/read', { params: { path: { id } }, body: { lastMessageId } }),
  );
}

/** Accepted (202); the message itself arrives as a MESSAGE_ADDED event. */
export async function sendMessage(
  id: number,
  message: OutgoingMessage,
  idempotencyKey: string,
): Promise<void> {
  await api.POST('/api/conversations/{id}/messages', {
    params: { path: { id } },
    body: { ...message, idempotencyKey },
  });
}

export function addNote(id: number, text: string): Promise<void> {
  return answer(api.POST('/api/conversations/{id}/notes', { params: { path: { id } }, body: { text } }));
}

export function endConversation(id: number): Promise<void> {
  return answer(api.POST('/api/conversations/{id}/end', { params: { path: { id } } }));
}

/** The agent is done with an ended conversation: it leaves their list (a live one stays). */
export function closeConversation(id: number): Promise<void> {
  return answer(api.POST('/api/conversations/{id}/close', { params: { path: { id } } }));
}

/** To a queue, or to a named agent of that queue. */
export interface TransferTarget {
  queueId: number;
  agentId?: number;
}

export function transferConversation(id: number, target: TransferTarget, note: string): Promise<void> {
  return answer(
    api.POST('/api/conversations/{id}/transfer', { params: { path: { id } }, body: { ...target, note } }),
  );
}

export function inviteRating(id: number): Promise<void> {
  return answer(api.POST('/api/conversations/{id}/survey-invitation', { params: { path: { id } } }));
}

export type UploadKind = Schema<'Uploaded'>['kind'];

/**
 * Multipart, which the typed client does not send; the answer's type is still the server's. Through
 * XMLHttpRequest, since fetch tells nothing of an upload's progress, and a 10 MB video takes a while.
 */
export async function uploadMedia(
  file: File,
  kind: UploadKind,
  onProgress: (percent: number) => void,
): Promise<Schema<'Uploaded'>> {
  const path = `/api/media?kind=${kind}`;
  const headers = await csrfHeaders();
  const form = new FormData();
  form.append('file', file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const response = new Response(xhr.responseText || null, { status: xhr.status });
      if (response.ok) resolve(JSON.parse(xhr.responseText) as Schema<'Uploaded'>);
      else void failure(response, path).then(reject);
    };
    xhr.onerror = () => reject(new TypeError('network down'));
    xhr.send(form);
  });
}

export function mediaUrl(mediaId: number): string {
  return `/api/media/${mediaId}`;
}

/** 8–100 of [A-Za-z0-9_:.-]. crypto.randomUUID needs a secure context, and self-hosted desks often run on plain HTTP. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
