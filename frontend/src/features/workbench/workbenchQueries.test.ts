import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Workbench } from '../../api/workbench';
import { conversation, event, message, snapshot } from '../../test/workbenchFixtures';
import { applyWorkbenchEvents, workbenchKeys, type ConversationData } from './workbenchQueries';

function cached(overview: Workbench, detail?: ConversationData): QueryClient {
  const client = new QueryClient();
  client.setQueryData(workbenchKeys.overview, overview);
  if (detail) client.setQueryData(workbenchKeys.conversation(detail.conversation.id), detail);
  return client;
}

const overviewOf = (client: QueryClient) => client.getQueryData<Workbench>(workbenchKeys.overview)!;
const detailOf = (client: QueryClient, id = 7) =>
  client.getQueryData<ConversationData>(workbenchKeys.conversation(id))!;

describe('applying workbench events to the queries', () => {
  it('replaces the list entry and the header with the summary a message event carries', () => {
    const client = cached(snapshot(), { conversation: conversation(), messages: [], hasEarlier: false });
    const after = conversation({
      quotaRemaining: 19,
      lastMessageText: '在吗',
      waitingSince: '2025-03-01T06:01:00Z',
    });

    applyWorkbenchEvents(client, [
      event({
        id: 11,
        type: 'MESSAGE_ADDED',
        message: message({ id: 110, text: '在吗' }),
        conversation: after,
      }),
    ]);

    expect(overviewOf(client).conversations).toEqual([after]);
    expect(detailOf(client).conversation).toEqual(after);
    expect(detailOf(client).messages.map((line) => line.id)).toEqual([110]);
  });

  it('never rolls the list back with an event older than the loaded overview', () => {
    const fresh = conversation({ quotaRemaining: 3 });
    const client = cached(snapshot({ conversations: [fresh], lastEventId: 20 }));

    applyWorkbenchEvents(client, [
      event({ id: 15, type: 'CONVERSATION_UPDATED', conversation: conversation({ quotaRemaining: 5 }) }),
    ]);

    expect(overviewOf(client).conversations).toEqual([fresh]);
  });

  it('settles the delivery of the line with that outbox id, and only that one', () => {
    const pending = { status: 'PENDING' as const, errorReason: null };
    const lines = [
      message({ id: 1, direction: 'OUT', outboundId: 8, delivery: pending }),
      message({ id: 2, direction: 'OUT', outboundId: 9, delivery: pending }),
    ];
    const client = cached(snapshot(), { conversation: conversation(), messages: lines, hasEarlier: false });

    applyWorkbenchEvents(client, [
      event({ id: 11, type: 'DELIVERY', delivery: { outboundId: 9, status: 'SENT', errorReason: null } }),
    ]);

    expect(detailOf(client).messages.map((line) => line.delivery?.status)).toEqual(['PENDING', 'SENT']);
  });

  it('drops a conversation transferred away, with its transcript', () => {
    const client = cached(snapshot(), {
      conversation: conversation(),
      messages: [message()],
      hasEarlier: false,
    });

    applyWorkbenchEvents(client, [event({ id: 11, type: 'CONVERSATION_REMOVED' })]);

    expect(overviewOf(client).conversations).toEqual([]);
    expect(detailOf(client)).toBeUndefined();
  });

  it('marks the visitor panel of that conversation stale on VISITOR_CHANGED, and no other', () => {
    const client = cached(snapshot());
    client.setQueryData(workbenchKeys.visitor(7), { fanId: 9 });
    client.setQueryData(workbenchKeys.visitor(8), { fanId: 10 });

    applyWorkbenchEvents(client, [event({ id: 11, type: 'VISITOR_CHANGED', conversationId: 7 })]);

    expect(client.getQueryState(workbenchKeys.visitor(7))?.isInvalidated).toBe(true);
    expect(client.getQueryState(workbenchKeys.visitor(8))?.isInvalidated).toBe(false);
    expect(client.getQueryState(workbenchKeys.overview)?.isInvalidated).toBe(false);
  });

  it('reads the overview again for the events that only say it changed', () => {
    for (const type of ['QUEUE_LENGTH', 'PRESENCE_CHANGED', 'CONVERSATION_ENDED'] as const) {
      const client = cached(snapshot());
      applyWorkbenchEvents(client, [event({ id: 11, type })]);
      expect(client.getQueryState(workbenchKeys.overview)?.isInvalidated).toBe(true);
    }
  });

  it('reads a transcript again when its read was in flight as the event came, since it may be older', async () => {
    const client = cached(snapshot());
    const answers: ((data: ConversationData) => void)[] = [];
    const screen = new QueryObserver(client, {
      queryKey: workbenchKeys.conversation(7),
      queryFn: () => new Promise<ConversationData>((resolve) => answers.push(resolve)),
    });
    const seen: ConversationData[] = [];
    const unsubscribe = screen.subscribe((result) => result.data && seen.push(result.data));
    await vi.waitFor(() => expect(answers).toHaveLength(1));

    applyWorkbenchEvents(client, [event({ id: 11, type: 'MESSAGE_ADDED', message: message({ id: 110 }) })]);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[0]({ conversation: conversation(), messages: [], hasEarlier: false });
    answers[1]({ conversation: conversation(), messages: [message({ id: 110 })], hasEarlier: false });

    await vi.waitFor(() => expect(seen.at(-1)?.messages.map((line) => line.id)).toEqual([110]));
    unsubscribe();
  });
});
