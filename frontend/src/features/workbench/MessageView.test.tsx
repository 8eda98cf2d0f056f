import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '../../api/workbench';
import { LANG_STORAGE_KEY } from '../../i18n/I18nProvider';
import { renderWithI18n } from '../../test/helpers';
import { MessageView } from './MessageView';

function agentReply(delivery: Message['delivery']): Message {
  return {
    id: 1,
    conversationId: 7,
    direction: 'OUT',
    author: 'agent1',
    kind: 'TEXT',
    text: '您好',
    createdAt: '2026-12-03T10:00:00Z',
    delivery,
  };
}

describe('a delivery that failed', () => {
  afterEach(() => localStorage.removeItem(LANG_STORAGE_KEY));

  it('words the server’s reason code in the UI’s language', () => {
    renderWithI18n(
      <MessageView
        message={agentReply({ status: 'FAILED', errorReason: 'delivery.windowClosed', errorCode: 45015 })}
      />,
    );
    expect(screen.getByText(/超出48小时客服消息窗口/)).toBeTruthy();
  });

  it('words it in English after the switch, with WeChat’s number where the desk has no words for it', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    renderWithI18n(
      <MessageView
        message={agentReply({ status: 'FAILED', errorReason: 'delivery.channelError', errorCode: 40164 })}
      />,
    );
    expect(screen.getByText(/WeChat answered error 40164/)).toBeTruthy();
  });

  it('shows a reason stored before reasons became codes as it was stored', () => {
    renderWithI18n(
      <MessageView
        message={agentReply({ status: 'UNCERTAIN', errorReason: '微信接口超时', errorCode: null })}
      />,
    );
    expect(screen.getByText(/微信接口超时/)).toBeTruthy();
  });
});
