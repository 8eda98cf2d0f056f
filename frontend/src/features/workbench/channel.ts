import type { ConversationChannel, ConversationSummary } from '../../api/workbench';

export function channelOf(conversation: Pick<ConversationSummary, 'channel'>): ConversationChannel {
  return conversation.channel ?? 'WECHAT';
}

/**
 * WeChat's 48-hour window and its message quota limit only what goes out through WeChat; the H5 page
 * fetches the agent's replies itself, so an H5 conversation has neither.
 */
export function hasWeChatWindow(conversation: Pick<ConversationSummary, 'channel'>): boolean {
  return channelOf(conversation) === 'WECHAT';
}
