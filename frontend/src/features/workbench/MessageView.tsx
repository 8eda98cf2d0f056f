import { mediaUrl } from '../../api/conversations';
import type { Delivery, Message } from '../../api/workbench';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { isKnown, wordError } from '../../i18n/errors';
import { wordNotice } from '../../i18n/notices';
import type { Lang, MessageKey } from '../../i18n/messages';
import { toDisplay } from './emoji';
import { formatTime } from './format';

const KIND_LABELS: Record<string, MessageKey> = {
  IMAGE: 'kind.IMAGE',
  VOICE: 'kind.VOICE',
  VIDEO: 'kind.VIDEO',
  LOCATION: 'kind.LOCATION',
  LINK: 'kind.LINK',
  CLICK: 'kind.CLICK',
  RATING: 'kind.RATING',
  UNSUPPORTED: 'kind.UNSUPPORTED',
};

function kindLabel(kind: string, t: Translate): string {
  const key = KIND_LABELS[kind];
  return key ? t(key) : t('kind.other', { kind });
}

function deliveryText(delivery: Delivery, t: Translate, lang: Lang): string {
  const status = t(`delivery.${delivery.status}`);
  if (!delivery.errorReason) return status;
  // Messages settled before reasons became codes keep the words they were stored with.
  const reason = isKnown(delivery.errorReason)
    ? wordError(lang, delivery.errorReason, { errorCode: delivery.errorCode ?? '' })
    : delivery.errorReason;
  return t('delivery.withReason', { status, reason });
}

function Content({ message }: { message: Message }) {
  const { t } = useI18n();
  const text = message.text ? toDisplay(message.text) : '';
  const media = message.mediaId == null ? null : mediaUrl(message.mediaId);
  if (message.kind === 'TEXT') return <p className="message-text">{text}</p>;
  if (media && message.kind === 'IMAGE') {
    return (
      <a href={media} target="_blank" rel="noreferrer">
        <img className="message-image" src={media} alt={t('kind.IMAGE')} loading="lazy" />
      </a>
    );
  }
  if (media && (message.kind === 'VOICE' || message.kind === 'VIDEO')) {
    const Player = message.kind === 'VOICE' ? 'audio' : 'video';
    return (
      <>
        <Player
          className={`message-${Player}`}
          src={media}
          controls
          preload="none"
          aria-label={kindLabel(message.kind, t)}
        />
        {/* WeChat's speech recognition of a voice message, when the account has it switched on. */}
        {text && <p className="message-text">{text}</p>}
      </>
    );
  }
  return (
    <p className="message-text">
      <span className="muted">{kindLabel(message.kind, t)}</span> {text}
    </p>
  );
}

export function MessageView({ message }: { message: Message }) {
  const { t, lang } = useI18n();
  const time = <time dateTime={message.createdAt}>{formatTime(message.createdAt, lang)}</time>;

  if (message.direction === 'SYSTEM') {
    const said = message.notice
      ? wordNotice(lang, message.notice, message.text)
      : message.text
        ? toDisplay(message.text)
        : kindLabel(message.kind, t);
    return (
      <li data-testid="chat-message" data-direction="SYSTEM" className="message message-system">
        {said} · {time}
      </li>
    );
  }
  const side = message.direction === 'IN' ? 'fan' : message.direction === 'OUT' ? 'agent' : 'note';
  return (
    <li data-testid="chat-message" data-direction={message.direction} className={`message message-${side}`}>
      <div className="message-meta">
        {message.direction === 'NOTE' && <strong className="note-label">{t('chat.note')}</strong>}{' '}
        {message.author} · {time}
      </div>
      {message.notice && message.direction === 'NOTE' ? (
        <div className="bubble">
          <p className="message-text">{wordNotice(lang, message.notice, message.text)}</p>
        </div>
      ) : (
        <div className="bubble">
          <Content message={message} />
        </div>
      )}
      {message.notice && message.direction !== 'NOTE' && (
        <div className="message-notice muted">{wordNotice(lang, message.notice, message.text)}</div>
      )}
      {message.delivery && (
        <div className={`delivery delivery-${message.delivery.status.toLowerCase()}`}>
          {deliveryText(message.delivery, t, lang)}
        </div>
      )}
    </li>
  );
}
