import type { H5Conversation, H5Message, H5Session } from '../../api/h5';

export function h5Message(id: number, fields: Partial<H5Message> = {}): H5Message {
  return {
    id,
    from: 'AGENT',
    authorName: '小王',
    avatarUrl: null,
    kind: 'TEXT',
    text: `message ${id}`,
    mediaUrl: null,
    clientId: null,
    createdAt: `2030-01-01T08:00:${String(id % 60).padStart(2, '0')}Z`,
    ...fields,
  };
}

export function h5Session(fields: Partial<H5Session> = {}): H5Session {
  return {
    accountName: '演示公众号',
    appId: 'wx0000000000de30a1',
    visitor: { nickname: '小明', avatarUrl: null },
    conversation: null,
    ...fields,
  };
}

export function h5Conversation(fields: Partial<H5Conversation> = {}): H5Conversation {
  return {
    id: 1,
    status: 'ACCESS',
    queuePosition: null,
    canGiveUp: false,
    menu: null,
    agent: null,
    ...fields,
  };
}
