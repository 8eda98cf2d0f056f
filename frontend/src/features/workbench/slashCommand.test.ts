import { describe, expect, it } from 'vitest';
import type { CannedReply } from '../../api/cannedReplies';
import { matchReplies, slashQuery, splice } from './slashCommand';

const reply = (id: number, title: string): CannedReply => ({
  id,
  title,
  text: `${title} text`,
  shared: false,
});

describe('slash commands', () => {
  it('finds the "/title" being typed at the start or after a space', () => {
    expect(slashQuery('/退款', 3)).toEqual({ start: 0, query: '退款' });
    expect(slashQuery('您好 /退', 5)).toEqual({ start: 3, query: '退' });
    expect(slashQuery('/', 1)).toEqual({ start: 0, query: '' });
  });

  it('ignores slashes inside words, finished words and text after the cursor', () => {
    expect(slashQuery('1/2', 3)).toBeNull();
    expect(slashQuery('/退款 好的', 6)).toBeNull();
    expect(slashQuery('好 /退款', 1)).toBeNull();
  });

  it('matches titles case-insensitively, titles starting with the query first', () => {
    const replies = [reply(1, '售后退款'), reply(2, 'Refund'), reply(3, '退款流程'), reply(4, '问候')];

    expect(matchReplies(replies, '退款').map((r) => r.id)).toEqual([3, 1]);
    expect(matchReplies(replies, 'ref').map((r) => r.id)).toEqual([2]);
    expect(matchReplies(replies, '')).toHaveLength(4);
  });

  it('splices text and puts the cursor after the insertion', () => {
    expect(splice('您好 /退 谢谢', 3, 5, '退款流程如下')).toEqual({
      text: '您好 退款流程如下 谢谢',
      cursor: 9,
    });
  });
});
