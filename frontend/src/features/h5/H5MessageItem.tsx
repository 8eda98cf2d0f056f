import type { H5Message, H5Session } from '../../api/h5';
import { useT } from '../../i18n/I18nProvider';
import { useObjectUrl } from '../images/useObjectUrl';
import { toDisplay } from '../workbench/emoji';
import { H5Avatar } from './H5Avatar';
import { linkify } from './linkify';
import type { PendingMessage } from './timeline';

/** One message from the server: the fan's own on the right, the desk's (agent or automatic) on the left. */
export function H5MessageItem({
  message,
  session,
  onImageLoad,
}: {
  message: H5Message;
  session: H5Session;
  onImageLoad: () => void;
}) {
  const t = useT();
  const mine = message.from === 'VISITOR';
  const name = mine
    ? (session.visitor.nickname ?? t('h5.me'))
    : message.from === 'SYSTEM'
      ? session.accountName
      : (message.authorName ?? session.accountName);
  const avatar = mine ? (message.avatarUrl ?? session.visitor.avatarUrl) : message.avatarUrl;
  return (
    <li
      className={`h5-line ${mine ? 'h5-mine' : 'h5-theirs'}`}
      data-testid="h5-message"
      data-from={message.from}
      data-id={message.id}
    >
      <H5Avatar url={avatar} name={name} />
      <div className="h5-body">
        {!mine && <span className="h5-author">{name}</span>}
        <MessageContent message={message} onImageLoad={onImageLoad} />
      </div>
    </li>
  );
}

function MessageContent({ message, onImageLoad }: { message: H5Message; onImageLoad: () => void }) {
  const t = useT();
  if (message.kind === 'IMAGE' && message.mediaUrl) {
    return (
      <a
        className="h5-bubble h5-image"
        href={message.mediaUrl}
        target="_blank"
        rel="noreferrer"
        title={t('h5.openImage')}
      >
        <img src={message.mediaUrl} alt={t('h5.image')} onLoad={onImageLoad} />
      </a>
    );
  }
  if (message.kind === 'VOICE' && message.mediaUrl) {
    return (
      <div className="h5-bubble h5-media">
        <audio src={message.mediaUrl} controls preload="none" aria-label={t('h5.voice')} />
      </div>
    );
  }
  if (message.kind === 'VIDEO' && message.mediaUrl) {
    return (
      <div className="h5-bubble h5-media">
        <video src={message.mediaUrl} controls preload="metadata" aria-label={t('h5.video')} />
      </div>
    );
  }
  if (message.text) return <p className="h5-bubble">{withLinks(toDisplay(message.text))}</p>;
  return <p className="h5-bubble muted">{t('h5.unsupported')}</p>;
}

function withLinks(text: string) {
  return linkify(text).map((part, index) =>
    part.kind === 'text' ? (
      part.text
    ) : (
      <a key={index} href={part.url} target="_blank" rel="noreferrer">
        {part.url}
      </a>
    ),
  );
}

/** A message the fan sent that the server has not listed yet: sending, or failed with a way to retry. */
export function H5PendingItem({
  pending,
  session,
  onRetry,
  onImageLoad,
}: {
  pending: PendingMessage;
  session: H5Session;
  onRetry: () => void;
  onImageLoad: () => void;
}) {
  const t = useT();
  return (
    <li className="h5-line h5-mine" data-testid="h5-message" data-from="VISITOR" data-state={pending.state}>
      <H5Avatar url={session.visitor.avatarUrl} name={session.visitor.nickname ?? t('h5.me')} />
      <div className="h5-body">
        {pending.kind === 'text' ? (
          <p className="h5-bubble">{pending.text}</p>
        ) : (
          <PendingImage image={pending.image} onLoad={onImageLoad} />
        )}
        {pending.state === 'sending' ? (
          <span className="h5-note">{t('h5.sending')}</span>
        ) : (
          <span className="h5-note h5-failed">
            {t('h5.failed')}
            <button type="button" className="h5-retry" data-testid="h5-retry" onClick={onRetry}>
              {t('h5.retry')}
            </button>
          </span>
        )}
      </div>
    </li>
  );
}

/** The picked image itself, from the fan's phone, until the server's copy takes its place. */
function PendingImage({ image, onLoad }: { image: File; onLoad: () => void }) {
  const t = useT();
  const url = useObjectUrl(image);
  return (
    <span className="h5-bubble h5-image">{url && <img src={url} alt={t('h5.image')} onLoad={onLoad} />}</span>
  );
}
