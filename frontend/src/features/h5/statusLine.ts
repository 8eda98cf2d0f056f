import type { H5Session } from '../../api/h5';
import type { MessageKey } from '../../i18n/messages';

export interface StatusLine {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * What the header says about the conversation. A new visitor (no conversation, no messages) sees nothing;
 * a visitor whose conversation is gone but whose messages remain is told a new message starts another.
 */
export function statusLine(conversation: H5Session['conversation'], hasMessages: boolean): StatusLine | null {
  if (conversation === null) return hasMessages ? { key: 'h5.status.ended' } : null;
  switch (conversation.status) {
    case 'ACCESS':
    case 'ROBOT':
    case 'NAVIGATING':
      return { key: 'h5.status.connecting' };
    case 'QUEUED':
      return conversation.queuePosition === null
        ? { key: 'h5.status.queued' }
        : { key: 'h5.status.queuedPosition', params: { count: conversation.queuePosition } };
    case 'CHATTING':
      return conversation.agent
        ? { key: 'h5.status.chatting', params: { agent: conversation.agent.displayName } }
        : { key: 'h5.status.chattingNoAgent' };
    case 'LEAVING_MESSAGE':
      return { key: 'h5.status.leavingMessage' };
    case 'ENDED':
      return { key: 'h5.status.ended' };
    default:
      return null;
  }
}
