import { mediaUrl } from '../../api/conversations';
import type { Delivery, Message } from '../../api/workbench';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { isKnown, wordError } from '../../i18n/errors';
import { wordNotice } from '../../i18n/notices';
import type { Lang } from '../../i18n/messages';
import { toDisplay } from './emoji';
import { formatTime } from './format';
import { kindLabel } from './messageKind';

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
        <img className="message-image" src={media} alt={t('kind.IMAGE')} />
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

/** The author of the lines the desk writes by itself (FanTexts.AUTHOR on the server). */
const DESK_AUTHOR = 'system';

/** Who wrote the line, in words: the fan by name, the desk's automatic texts as such, agents by name. */
function authorName(message: Message, fanName: string, t: Translate): string {
  if (message.direction === 'IN') return fanName;
  if (message.author === DESK_AUTHOR) return t('author.automatic');
  return message.author;
}

export function MessageView({ message, fanName }: { message: Message; fanName: string }) {
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
        <span className="system-label">{t('author.desk')}</span> <span className="message-text">{said}</span>{' '}
        · {time}
      </li>
    );
  }
  const automatic = message.direction === 'OUT' && message.author === DESK_AUTHOR;
  const side =
    message.direction === 'IN'
      ? 'fan'
      : message.direction === 'NOTE'
        ? 'note'
        : automatic
          ? 'automatic'
          : 'agent';
  return (
    <li
      data-testid="chat-message"
      data-direction={message.direction}
      data-automatic={automatic || undefined}
      className={`message message-${side}`}
    >
      <div className="message-meta">
        {message.direction === 'NOTE' && <strong className="note-label">{t('chat.note')}</strong>}{' '}
        {authorName(message, fanName, t)} · {time}
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
