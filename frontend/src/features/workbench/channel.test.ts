import { describe, expect, it } from 'vitest';
import { conversation } from '../../test/workbenchFixtures';
import { channelOf, hasWeChatWindow } from './channel';

describe('channel', () => {
  it('takes a conversation without a channel for a WeChat one', () => {
    expect(channelOf(conversation())).toBe('WECHAT');
    expect(channelOf(conversation({ channel: 'H5' }))).toBe('H5');
  });

  it('applies WeChat’s window and quota to WeChat conversations only', () => {
    expect(hasWeChatWindow(conversation())).toBe(true);
    expect(hasWeChatWindow(conversation({ channel: 'WECHAT' }))).toBe(true);
    expect(hasWeChatWindow(conversation({ channel: 'H5' }))).toBe(false);
  });
});
