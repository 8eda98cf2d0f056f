import { describe, expect, it } from 'vitest';
import type { WorkbenchEvent } from '../../api/workbench';
import { conversation, event, message, snapshot } from '../../test/workbenchFixtures';
import { initialState, workbenchReducer, type WorkbenchState } from './workbenchState';

function apply(state: WorkbenchState, ...events: WorkbenchEvent[]): WorkbenchState {
  return workbenchReducer(state, { type: 'events', events });
}

const start = () => initialState(snapshot({ lastEventId: 10 }));
const added = (id: number, overrides: Parameters<typeof message>[0] = {}) =>
  event({ id, type: 'MESSAGE_ADDED', message: message({ id: 200 + id, ...overrides }) });

describe('workbenchReducer', () => {
  it('changes nothing for an event the snapshot already reflects', () => {
    const state = apply(
      start(),
      event({ id: 10, type: 'QUEUE_LENGTH', queueLength: 8 }),
      event({ id: 9, type: 'QUEUE_LENGTH', queueLength: 7 }),
    );

    expect(state).toEqual(start());
  });

  it('applies an assignment that arrives after a newer event of its conversation', () => {
    const delivery = event({
      id: 12,
      type: 'DELIVERY',
      conversationId: 8,
      delivery: { outboundId: 5, status: 'SENT', errorReason: null },
    });
    const assignment = event({
      id: 11,
      type: 'CONVERSATION_ASSIGNED',
      conversationId: 8,
      conversation: conversation({ id: 8, fanName: '李四' }),
    });
    const state = apply(start(), delivery, assignment);

    expect(state.conversations.map((c) => c.id)).toContain(8);
  });

  it('shows a message once even when two events carry it, and updates the conversation summary', () => {
    const fanMessage = message({ id: 300, text: '在吗', createdAt: '2025-03-01T06:01:00Z' });
    const state = apply(
      start(),
      event({ id: 11, type: 'MESSAGE_ADDED', message: fanMessage }),
      event({ id: 12, type: 'MESSAGE_ADDED', message: fanMessage }),
    );

    expect(state.histories[7].messages.map((m) => m.id)).toEqual([300]);
    expect(state.conversations[0]).toMatchObject({
      unread: 1,
      lastMessageText: '在吗',
      waitingSince: '2025-03-01T06:01:00Z',
    });
  });

  it('replaces a shown line when it changes, e.g. when a fan’s image arrives after the message', () => {
    const pending = message({
      id: 300,
      kind: 'IMAGE',
      text: '[图片 image] （正在从微信获取 / fetching from WeChat…）',
      mediaId: null,
    });
    const shown = apply(start(), event({ id: 11, type: 'MESSAGE_ADDED', message: pending }));
    const kept = { ...pending, text: '[图片 image]', mediaId: 42 };
    const state = apply(shown, event({ id: 12, type: 'MESSAGE_UPDATED', message: kept }));

    expect(state.histories[7].messages).toEqual([kept]);
    expect(
      apply(start(), event({ id: 11, type: 'MESSAGE_UPDATED', message: kept })).histories[7],
    ).toBeUndefined();
  });

  it('takes the summary sent with an event as authoritative', () => {
    const state = apply(
      start(),
      event({
        id: 11,
        type: 'MESSAGE_ADDED',
        message: message({ id: 300 }),
        conversation: conversation({ unread: 5, quotaRemaining: 4 }),
      }),
    );

    expect(state.conversations[0]).toMatchObject({ unread: 5, quotaRemaining: 4 });
  });

  it('keeps an H5 conversation’s channel through live messages and assignments', () => {
    const h5 = conversation({ id: 8, channel: 'H5' });
    const assigned = apply(
      start(),
      event({ id: 11, type: 'CONVERSATION_ASSIGNED', conversationId: 8, conversation: h5 }),
    );
    const state = apply(assigned, added(12, { conversationId: 8, text: '在吗' }));

    expect(state.conversations.find((c) => c.id === 8)).toMatchObject({
      channel: 'H5',
      lastMessageText: '在吗',
    });
  });

  it('merges the loaded history with messages that arrived live, ordered by id', () => {
    const live = apply(start(), added(12, { text: 'live' }));
    const loaded = workbenchReducer(live, {
      type: 'historyLoaded',
      conversation: conversation({ unread: 1 }),
      messages: [message({ id: 150 }), message({ id: 212, text: 'live' })],
    });

    expect(loaded.histories[7]).toMatchObject({ loaded: true, hasEarlier: true });
    expect(loaded.histories[7].messages.map((m) => m.id)).toEqual([150, 212]);

    const earlier = workbenchReducer(loaded, {
      type: 'earlierLoaded',
      conversationId: 7,
      messages: [message({ id: 90, conversationId: 3 })],
    });
    expect(earlier.histories[7].messages.map((m) => m.id)).toEqual([90, 150, 212]);
    expect(earlier.histories[7].hasEarlier).toBe(false);
  });

  it('updates the delivery state of an outbound message by its outboundId', () => {
    const sent = apply(
      start(),
      added(11, {
        direction: 'OUT',
        author: '小王',
        outboundId: 55,
        delivery: { status: 'PENDING', errorReason: null },
      }),
    );
    const failed = apply(
      sent,
      event({
        id: 12,
        type: 'DELIVERY',
        delivery: { outboundId: 55, status: 'FAILED', errorReason: '45015 回复时间超过限制' },
      }),
    );

    expect(failed.histories[7].messages[0].delivery).toEqual({
      status: 'FAILED',
      errorReason: '45015 回复时间超过限制',
    });
  });

  it('keeps a REMINDER prompt until the agent replies', () => {
    const waiting = apply(start(), added(11));
    const reminded = apply(waiting, event({ id: 12, type: 'REMINDER', prompt: '请尽快回复' }));
    expect(reminded.reminders[7]).toBe('请尽快回复');

    const withoutPrompt = apply(waiting, event({ id: 12, type: 'REMINDER' }));
    expect(withoutPrompt.reminders[7]).toBe('访客等待中，请尽快回复！');

    const replied = apply(reminded, added(13, { direction: 'OUT', author: '小王', outboundId: 1 }));
    expect(replied.reminders[7]).toBeUndefined();
    expect(replied.conversations[0].waitingSince).toBeNull();
  });

  it('marks an ended conversation and stops reminding; removing it drops it from the list', () => {
    const reminded = apply(start(), added(11), event({ id: 12, type: 'REMINDER', prompt: '快回复' }));
    const ended = apply(reminded, event({ id: 13, type: 'CONVERSATION_ENDED' }));

    expect(ended.conversations[0]).toMatchObject({ status: 'ENDED', waitingSince: null });
    expect(ended.reminders).toEqual({});

    const removed = workbenchReducer(ended, { type: 'removed', conversationId: 7 });
    expect(removed.conversations).toEqual([]);
    expect(removed.histories[7]).toBeUndefined();
  });

  it('adds conversations only on assignment, never from an update about someone else’s conversation', () => {
    const updated = apply(
      start(),
      event({
        id: 11,
        type: 'CONVERSATION_UPDATED',
        conversationId: 8,
        conversation: conversation({ id: 8 }),
      }),
    );
    expect(updated.conversations.map((c) => c.id)).toEqual([7]);

    const assigned = apply(
      updated,
      event({
        id: 12,
        type: 'CONVERSATION_ASSIGNED',
        conversationId: 8,
        conversation: conversation({ id: 8, fanName: '李四' }),
      }),
    );
    expect(assigned.conversations.map((c) => c.fanName)).toEqual(['张三', '李四']);
  });

  it('ignores messages of conversations the agent does not have', () => {
    const state = apply(start(), added(11, { conversationId: 99 }));

    expect(state.histories[99]).toBeUndefined();
  });

  it('tracks the queue length, read state and presence', () => {
    let state = apply(
      start(),
      event({ id: 11, type: 'QUEUE_LENGTH', conversationId: null, queueLength: 6 }),
      added(12),
    );
    state = workbenchReducer(state, { type: 'read', conversationId: 7 });
    state = workbenchReducer(state, {
      type: 'presence',
      presence: { status: 'BUSY', maxConcurrent: 8, activeCount: 1 },
    });

    expect(state.queueLength).toBe(6);
    expect(state.conversations[0].unread).toBe(0);
    expect(state.me).toMatchObject({ displayName: '小王', status: 'BUSY', maxConcurrent: 8 });
  });

  it('shows the status the server set without the agent, e.g. offline after a logout in another tab', () => {
    const state = apply(start(), event({ id: 11, type: 'AGENT_PRESENCE', prompt: 'OFFLINE' }));

    expect(state.me.status).toBe('OFFLINE');
    expect(apply(state, event({ id: 12, type: 'AGENT_PRESENCE', prompt: 'SLEEPING' })).me.status).toBe(
      'OFFLINE',
    );
  });
});
