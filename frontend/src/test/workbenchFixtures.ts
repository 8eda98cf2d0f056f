import type { ConversationSummary, Message, Workbench, WorkbenchEvent } from '../api/workbench';

export function conversation(overrides: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id: 7,
    fanId: 70,
    fanName: '张三',
    status: 'CHATTING',
    queueId: 1,
    startedAt: '2025-03-01T06:00:00Z',
    assignedAt: '2025-03-01T06:00:05Z',
    lastMessageAt: '2025-03-01T06:00:10Z',
    lastMessageText: '你好',
    unread: 0,
    waitingSince: null,
    quotaRemaining: 5,
    quotaWindowEndsAt: null,
    remindSeconds: 30,
    remindText: '访客等待中，请尽快回复！',
    ...overrides,
  };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 100,
    conversationId: 7,
    direction: 'IN',
    author: '张三',
    kind: 'TEXT',
    text: '你好',
    mediaId: null,
    outboundId: null,
    createdAt: '2025-03-01T06:00:10Z',
    delivery: null,
    ...overrides,
  };
}

export function event(
  overrides: Partial<WorkbenchEvent> & Pick<WorkbenchEvent, 'id' | 'type'>,
): WorkbenchEvent {
  return { conversationId: 7, createdAt: '2025-03-01T06:00:10Z', ...overrides };
}

export function snapshot(overrides: Partial<Workbench> = {}): Workbench {
  return {
    me: { username: 'bob', displayName: '小王', status: 'ONLINE', maxConcurrent: 5, activeCount: 1 },
    conversations: [conversation()],
    queueLength: 2,
    lastEventId: 10,
    ...overrides,
  };
}
