import type { H5Message } from '../../api/h5';

/** What the fan sent: text, or an image file kept so that a retry can upload it again. */
export type PendingContent = { kind: 'text'; text: string } | { kind: 'image'; image: File };

/** A message the fan sent that the server's list does not show yet. */
export type PendingMessage = PendingContent & {
  clientId: string;
  state: 'sending' | 'failed';
};

export type TimelineItem =
  { kind: 'message'; message: H5Message } | { kind: 'pending'; pending: PendingMessage };

export const MAX_TEXT_LENGTH = 2000;

/** Adds polled messages to those already shown: one copy per id, ascending, as a poll may overlap the last. */
export function mergeMessages(shown: H5Message[], polled: H5Message[]): H5Message[] {
  if (polled.length === 0) return shown;
  const byId = new Map(shown.map((message) => [message.id, message]));
  for (const message of polled) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** The id to poll after: the newest message shown, or 0 for the first load. */
export function lastMessageId(messages: H5Message[]): number {
  return messages.reduce((last, message) => Math.max(last, message.id), 0);
}

/** The pending messages the server has not listed yet; a listed one replaces its optimistic bubble. */
export function stillPending(pending: PendingMessage[], messages: H5Message[]): PendingMessage[] {
  const listed = new Set(messages.map((message) => message.clientId).filter((id) => id !== null));
  const left = pending.filter((item) => !listed.has(item.clientId));
  return left.length === pending.length ? pending : left;
}

/** What the chat shows: the server's messages, then what the fan sent since, which is newer. */
export function timeline(messages: H5Message[], pending: PendingMessage[]): TimelineItem[] {
  return [
    ...messages.map((message) => ({ kind: 'message' as const, message })),
    ...stillPending(pending, messages).map((item) => ({ kind: 'pending' as const, pending: item })),
  ];
}

/** The draft as it will be sent, or null when there is nothing to send (the server refuses blank text). */
export function sendableText(draft: string): string | null {
  return draft.trim() === '' || draft.length > MAX_TEXT_LENGTH ? null : draft;
}
