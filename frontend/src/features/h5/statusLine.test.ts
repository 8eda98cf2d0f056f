import { describe, expect, it } from 'vitest';
import type { H5Conversation } from '../../api/h5';
import { h5Conversation } from './h5Fixtures';
import { statusLine } from './statusLine';

const conversation = (fields: Partial<H5Conversation>): H5Conversation => h5Conversation(fields);

describe('statusLine', () => {
  it('says nothing to a new visitor, and that a message starts again to one with history', () => {
    expect(statusLine(null, false)).toBeNull();
    expect(statusLine(null, true)).toEqual({ key: 'h5.status.ended' });
    expect(statusLine(conversation({ status: 'ENDED' }), true)).toEqual({ key: 'h5.status.ended' });
  });

  it('says the desk is connecting while the robot or the navigation menu handles the visitor', () => {
    for (const status of ['ACCESS', 'ROBOT', 'NAVIGATING'] as const) {
      expect(statusLine(conversation({ status }), true)).toEqual({ key: 'h5.status.connecting' });
    }
  });

  it('gives the queue position when the server knows it', () => {
    expect(statusLine(conversation({ status: 'QUEUED', queuePosition: 3 }), true)).toEqual({
      key: 'h5.status.queuedPosition',
      params: { count: 3 },
    });
    expect(statusLine(conversation({ status: 'QUEUED' }), true)).toEqual({ key: 'h5.status.queued' });
  });

  it('tells a visitor leaving a message that an agent will answer it', () => {
    expect(statusLine(conversation({ status: 'LEAVING_MESSAGE' }), true)).toEqual({
      key: 'h5.status.leavingMessage',
    });
  });

  it('names the agent who serves the visitor', () => {
    const agent = { displayName: '小王', avatarUrl: null };
    expect(statusLine(conversation({ status: 'CHATTING', agent }), true)).toEqual({
      key: 'h5.status.chatting',
      params: { agent: '小王' },
    });
    expect(statusLine(conversation({ status: 'CHATTING' }), true)).toEqual({
      key: 'h5.status.chattingNoAgent',
    });
  });
});
