import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import type { FanListItem } from '../../api/fans';
import { refusalOf, startRefusal } from './startState';

const now = new Date('2030-01-01T08:00:00Z');
const fan: FanListItem = {
  id: 1,
  accountId: 3,
  openid: 'o_fan',
  subscribed: true,
  tags: [],
  quota: { windowKind: 'MESSAGE', windowEndsAt: '2030-01-02T08:00:00Z', limit: 5, sent: 0, remaining: 5 },
  sendRefusal: null,
};

describe('startRefusal', () => {
  it('allows a fan with an open window who is in no conversation', () => {
    expect(startRefusal(fan, now)).toBeNull();
  });

  it("gives WeChat's reason first, then the fan's open conversation", () => {
    expect(startRefusal({ ...fan, sendRefusal: 'QUOTA_SPENT', servingAgent: 'agent1' }, now)).toBe(
      'QUOTA_SPENT',
    );
    expect(startRefusal(fan, new Date('2030-01-02T08:00:01Z'))).toBe('WINDOW_CLOSED');
    expect(startRefusal({ ...fan, servingAgent: 'agent1' }, now)).toBe('CONVERSATION_OPEN');
  });
});

describe('refusalOf', () => {
  it('reads the reason code of a 409 and nothing else', () => {
    expect(refusalOf(new ApiError(409, { code: 'conversation.agentAtLimit', params: { max: 3 } }))).toBe(
      'AGENT_AT_LIMIT',
    );
    expect(refusalOf(new ApiError(409, { code: 'conversation.somethingNew', params: {} }))).toBeNull();
    expect(refusalOf(new ApiError(400, { code: 'conversation.agentOffline', params: {} }))).toBeNull();
    expect(refusalOf(new Error('network'))).toBeNull();
  });
});
