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
        fanName="张三"
        message={agentReply({ status: 'FAILED', errorReason: 'delivery.windowClosed', errorCode: 45015 })}
      />,
    );
    expect(screen.getByText(/超出48小时客服消息窗口/)).toBeTruthy();
  });

  it('words it in English after the switch, with WeChat’s number where the desk has no words for it', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    renderWithI18n(
      <MessageView
        fanName="张三"
        message={agentReply({ status: 'FAILED', errorReason: 'delivery.channelError', errorCode: 40164 })}
      />,
    );
    expect(screen.getByText(/WeChat answered error 40164/)).toBeTruthy();
  });

  it('shows a reason stored before reasons became codes as it was stored', () => {
    renderWithI18n(
      <MessageView
        fanName="张三"
        message={agentReply({ status: 'UNCERTAIN', errorReason: '微信接口超时', errorCode: null })}
      />,
    );
    expect(screen.getByText(/微信接口超时/)).toBeTruthy();
  });
});

describe('what the desk says in the transcript', () => {
  afterEach(() => localStorage.removeItem(LANG_STORAGE_KEY));

  const withheld: Message = {
    id: 2,
    conversationId: 7,
    direction: 'SYSTEM',
    author: 'system',
    kind: 'TEXT',
    text: '请稍候',
    createdAt: '2026-12-03T10:00:00Z',
    notice: { code: 'notice.automaticTextWithheld', params: { reason: 'delivery.quotaKeptForAgent' } },
  };

  it('is worded in Chinese with its reason and the withheld text', () => {
    renderWithI18n(<MessageView fanName="张三" message={withheld} />);
    expect(
      screen.getByText(/自动消息未发送（客服消息额度不足，剩余额度留给座席回复）：「请稍候」/),
    ).toBeTruthy();
  });

  it('is worded in English after the switch', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    renderWithI18n(<MessageView fanName="张三" message={withheld} />);
    expect(
      screen.getByText(/Automatic text not sent \(The fan's remaining message quota is kept/),
    ).toBeTruthy();
  });

  it('remarks on a fan’s line, naming the channel the visitor moved to', () => {
    renderWithI18n(
      <MessageView
        fanName="张三"
        message={{
          ...withheld,
          text: null,
          notice: { code: 'notice.visitorMoved', params: { channel: 'H5' } },
        }}
      />,
    );
    expect(screen.getByText(/访客转到 H5 页面继续咨询/)).toBeTruthy();
  });

  it('words a rating given on the rating page with whether the problem was solved', () => {
    renderWithI18n(
      <MessageView
        fanName="张三"
        message={{
          ...withheld,
          direction: 'IN',
          author: 'fan',
          kind: 'RATING',
          text: '满意',
          notice: { code: 'notice.ratedOnPage', params: { rating: '4', solved: 'yes' } },
        }}
      />,
    );
    expect(screen.getByText('评价页评分：4 满意，问题已解决')).toBeTruthy();
  });
});

describe('an agent’s voice message or video', () => {
  it('plays in the transcript from the desk’s stored file', () => {
    const sent = (id: number, kind: 'VOICE' | 'VIDEO'): Message => ({
      ...agentReply({ status: 'SENT', errorReason: null }),
      id,
      kind,
      text: null,
      mediaId: 40 + id,
    });
    renderWithI18n(
      <ul>
        <MessageView fanName="张三" message={sent(1, 'VOICE')} />
        <MessageView fanName="张三" message={sent(2, 'VIDEO')} />
      </ul>,
    );
    const voice = screen.getByLabelText('[语音]') as HTMLAudioElement;
    expect(voice.tagName).toBe('AUDIO');
    expect(voice.getAttribute('src')).toBe('/api/media/41');
    expect(voice.controls).toBe(true);
    const video = screen.getByLabelText('[视频]') as HTMLVideoElement;
    expect(video.tagName).toBe('VIDEO');
    expect(video.getAttribute('src')).toBe('/api/media/42');
  });
});
