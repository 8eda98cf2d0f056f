import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VisitorProfile } from '../../api/fans';
import type { ConversationSummary } from '../../api/workbench';
import { jsonResponse, on, renderWithI18n, stubFetch } from '../../test/helpers';
import { event } from '../../test/workbenchFixtures';
import { VisitorPanel } from './VisitorPanel';
import { applyWorkbenchEvents } from './workbenchQueries';

const conversation: ConversationSummary = {
  id: 7,
  fanId: 9,
  fanName: 'o_fan',
  status: 'CHATTING',
  queueId: 1,
  startedAt: '2030-01-01T08:00:00Z',
  assignedAt: '2030-01-01T08:00:01Z',
  lastMessageAt: null,
  lastMessageText: null,
  unread: 0,
  waitingSince: null,
  quotaRemaining: 5,
  remindText: '访客等待中，请尽快回复！',
  quotaWindowEndsAt: null,
};

const profile: VisitorProfile = {
  fanId: 9,
  accountId: 3,
  openid: 'o_fan',
  nickname: '李华',
  subscribed: true,
  firstSeenAt: '2029-12-01T08:00:00Z',
  tags: { fanId: 9, tags: ['老客户'], sync: { status: 'SYNCED', attempts: 0 } },
  owner: { id: 4, username: 'agent1', displayName: '座席一' },
  vip: true,
  designated: false,
  quota: { limit: 5, sent: 0, remaining: 5 },
  earlierConversations: [
    {
      id: 5,
      startedAt: '2029-12-20T08:00:00Z',
      agentUsername: 'agent1',
      rating: 2,
      ratingLabel: '满意',
      solved: true,
    },
    { id: 4, startedAt: '2029-12-10T08:00:00Z', agentUsername: 'agent2' },
  ],
  proactiveMessages: [
    {
      id: 11,
      kind: 'TEXT',
      text: '新品到了',
      requestedBy: 'agent1',
      status: 'SENT',
      createdAt: '2029-12-25T08:00:00Z',
    },
  ],
};

describe('VisitorPanel', () => {
  it('shows who the visitor is, with unknown region, flags, tags, earlier ratings and proactive messages', async () => {
    stubFetch(
      on('GET', '/api/conversations/7/visitor', () => jsonResponse(200, profile)),
      on('GET', '/api/fan-tags?accountId=3', () => jsonResponse(200, [])),
    );
    renderWithI18n(<VisitorPanel conversation={conversation} />);

    expect(await screen.findByText('李华')).toBeTruthy();
    expect(screen.getByText('未知')).toBeTruthy();
    expect(screen.getByText('VIP')).toBeTruthy();
    expect(screen.getByText('座席一')).toBeTruthy();
    expect(screen.getByText('老客户')).toBeTruthy();
    expect(screen.getByText(/评价：满意（2 分）/)).toBeTruthy();
    expect(screen.getAllByText('未评价')).toHaveLength(2);
    expect(within(screen.getByTestId('visitor-rating')).getByText('未评价')).toBeTruthy();
    expect(screen.getByText('新品到了')).toBeTruthy();
  });

  it('reads the profile again when an event says the visitor changed, e.g. the fan rated in the chat', async () => {
    let reads = 0;
    stubFetch(
      on('GET', '/api/conversations/7/visitor', () => {
        reads += 1;
        return jsonResponse(
          200,
          reads === 1 ? profile : { ...profile, rating: { rating: 1, label: '非常满意', solved: null } },
        );
      }),
      on('GET', '/api/fan-tags?accountId=3', () => jsonResponse(200, [])),
    );
    let client: QueryClient | undefined;
    function Grab() {
      client = useQueryClient();
      return null;
    }
    renderWithI18n(
      <>
        <Grab />
        <VisitorPanel conversation={conversation} />
      </>,
    );
    expect(within(await screen.findByTestId('visitor-rating')).getByText('未评价')).toBeTruthy();

    act(() => applyWorkbenchEvents(client!, [event({ id: 30, type: 'VISITOR_CHANGED', conversationId: 8 })]));
    act(() => applyWorkbenchEvents(client!, [event({ id: 31, type: 'VISITOR_CHANGED', conversationId: 7 })]));

    expect(await screen.findByText('评价：非常满意（1 分）')).toBeTruthy();
    expect(reads).toBe(2);
  });
});
