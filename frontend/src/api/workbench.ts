import { request } from './client';

export type PresenceStatus = 'ONLINE' | 'BUSY' | 'OFFLINE';

export interface Presence {
  status: PresenceStatus;
  /** 1..50 */
  maxConcurrent: number;
  activeCount: number;
}

export type ConversationStatus = 'ACCESS' | 'ROBOT' | 'NAVIGATING' | 'QUEUED' | 'CHATTING' | 'ENDED';

/** How the fan reaches the desk: WeChat's customer-service messages, or the desk's own H5 chat page. */
export type ConversationChannel = 'WECHAT' | 'H5';

export interface ConversationSummary {
  id: number;
  /** Missing from servers that predate the H5 channel: such conversations are WeChat's. */
  channel?: ConversationChannel;
  fanId: number;
  /** Nickname, or the openid when the desk knows no nickname. */
  fanName: string;
  openid?: string;
  status: ConversationStatus;
  queueId: number | null;
  startedAt: string;
  assignedAt: string | null;
  lastMessageAt: string | null;
  lastMessageText: string | null;
  unread: number;
  /** Set while the visitor spoke last and waits for the agent. */
  waitingSince: string | null;
  /** WeChat customer-service messages left in the fan's window; meaningless for H5 conversations. */
  quotaRemaining: number;
  quotaWindowEndsAt: string | null;
}

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED' | 'UNCERTAIN';

export interface Delivery {
  status: DeliveryStatus;
  errorReason: string | null;
}

export type MessageDirection = 'IN' | 'OUT' | 'SYSTEM' | 'NOTE';

export interface Message {
  id: number;
  conversationId: number;
  direction: MessageDirection;
  author: string;
  /** TEXT, IMAGE, VOICE, VIDEO, LOCATION, LINK, CLICK, UNSUPPORTED, RATING; open-ended on purpose. */
  kind: string;
  text: string | null;
  mediaId: number | null;
  outboundId: number | null;
  createdAt: string;
  /** Only for OUT messages. */
  delivery: Delivery | null;
}

export interface Workbench {
  me: { username: string; displayName: string } & Presence;
  conversations: ConversationSummary[];
  queueLength: number;
  remindSeconds: number;
  remindText: string;
  lastEventId: number;
}

export type WorkbenchEventType =
  | 'MESSAGE_ADDED'
  /** A line already shown changed, e.g. a fan's image arrived after the message: replace it. */
  | 'MESSAGE_UPDATED'
  | 'CONVERSATION_ASSIGNED'
  | 'CONVERSATION_UPDATED'
  | 'CONVERSATION_ENDED'
  | 'DELIVERY'
  | 'REMINDER'
  | 'QUEUE_LENGTH';

export interface WorkbenchEvent {
  /** Increasing per agent. */
  id: number;
  type: WorkbenchEventType;
  conversationId: number | null;
  message?: Message;
  conversation?: ConversationSummary;
  delivery?: { outboundId: number; status: DeliveryStatus; errorReason: string | null };
  prompt?: string;
  queueLength?: number;
  createdAt: string;
}

export interface Queue {
  id: number;
  name: string;
}

export function fetchWorkbench(): Promise<Workbench> {
  return request<Workbench>('GET', '/api/workbench');
}

export function fetchEventsAfter(eventId: number): Promise<WorkbenchEvent[]> {
  return request<WorkbenchEvent[]>('GET', `/api/workbench/events?after=${eventId}`);
}

export function listQueues(): Promise<Queue[]> {
  return request<Queue[]>('GET', '/api/queues');
}

export function updatePresence(status: PresenceStatus, maxConcurrent: number): Promise<Presence> {
  return request<Presence>('PUT', '/api/agents/me/presence', { status, maxConcurrent });
}
