import { request } from './client';
import type { ConversationSummary, Message } from './workbench';

export const PAGE_SIZE = 50;

export interface ConversationDetail {
  conversation: ConversationSummary;
  /** The newest PAGE_SIZE messages, oldest first. */
  messages: Message[];
}

export type OutgoingMessage =
  { kind: 'TEXT'; content: { text: string } } | { kind: 'IMAGE'; content: { mediaId: number } };

const base = (id: number) => `/api/conversations/${id}`;

export function fetchConversation(id: number): Promise<ConversationDetail> {
  return request<ConversationDetail>('GET', base(id));
}

/** Older messages, reaching back into the fan's earlier conversations. */
export function fetchMessagesBefore(id: number, beforeMessageId: number): Promise<Message[]> {
  return request<Message[]>('GET', `${base(id)}/messages?before=${beforeMessageId}&limit=${PAGE_SIZE}`);
}

export function markRead(id: number, lastMessageId: number): Promise<void> {
  return request<void>('POST', `${base(id)}/read`, { lastMessageId });
}

/** Accepted (202); the message itself arrives as a MESSAGE_ADDED event. */
export function sendMessage(id: number, message: OutgoingMessage, idempotencyKey: string): Promise<void> {
  return request<void>('POST', `${base(id)}/messages`, { ...message, idempotencyKey });
}

export function addNote(id: number, text: string): Promise<void> {
  return request<void>('POST', `${base(id)}/notes`, { text });
}

export function endConversation(id: number): Promise<void> {
  return request<void>('POST', `${base(id)}/end`);
}

export function transferConversation(id: number, queueId: number, note: string): Promise<void> {
  return request<void>('POST', `${base(id)}/transfer`, { queueId, note });
}

export function inviteRating(id: number): Promise<void> {
  return request<void>('POST', `${base(id)}/survey-invitation`);
}

export function uploadImage(file: File): Promise<{ id: number }> {
  const form = new FormData();
  form.append('file', file);
  return request<{ id: number }>('POST', '/api/media', form);
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
