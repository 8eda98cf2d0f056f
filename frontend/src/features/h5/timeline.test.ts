import { describe, expect, it } from 'vitest';
import { h5Message } from './h5Fixtures';
import {
  lastMessageId,
  mergeMessages,
  sendableText,
  stillPending,
  timeline,
  type PendingMessage,
} from './timeline';

const pending = (clientId: string, state: PendingMessage['state'] = 'sending'): PendingMessage => ({
  kind: 'text',
  clientId,
  text: clientId,
  state,
});

describe('timeline', () => {
  it('merges polled messages once per id, ascending', () => {
    const merged = mergeMessages(
      [h5Message(1), h5Message(3)],
      [h5Message(3, { text: 'again' }), h5Message(2), h5Message(4)],
    );
    expect(merged.map((message) => message.id)).toEqual([1, 2, 3, 4]);
    expect(merged[2].text).toBe('again');
  });

  it('keeps the same list when a poll brings nothing', () => {
    const shown = [h5Message(1)];
    expect(mergeMessages(shown, [])).toBe(shown);
  });

  it('polls after the newest id, or 0 at first', () => {
    expect(lastMessageId([])).toBe(0);
    expect(lastMessageId([h5Message(4), h5Message(9), h5Message(7)])).toBe(9);
  });

  it('drops a pending message once the server lists one with its client id', () => {
    const waiting = [pending('client-1'), pending('client-2', 'failed')];
    const messages = [h5Message(5, { from: 'VISITOR', clientId: 'client-1' }), h5Message(6)];
    expect(stillPending(waiting, messages)).toEqual([pending('client-2', 'failed')]);
    expect(stillPending(waiting, [h5Message(6)])).toBe(waiting);
  });

  it('shows the server’s messages first, then what the fan sent since', () => {
    const items = timeline(
      [h5Message(1), h5Message(2, { clientId: 'client-1' })],
      [pending('client-1'), pending('client-2')],
    );
    expect(items.map((item) => (item.kind === 'message' ? item.message.id : item.pending.clientId))).toEqual([
      1,
      2,
      'client-2',
    ]);
  });

  it('sends neither blank text nor more than 2000 characters', () => {
    expect(sendableText('  \n')).toBeNull();
    expect(sendableText('x'.repeat(2001))).toBeNull();
    expect(sendableText(' 你好\n')).toBe(' 你好\n');
    expect(sendableText('x'.repeat(2000))).toHaveLength(2000);
  });
});
