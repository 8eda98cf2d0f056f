import { useEffect, useRef, useState } from 'react';
import type { H5Session } from '../../api/h5';
import { Alert } from '../../components/Alert';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { errorText, errorTextWithFields } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { CHAT_IMAGE_LIMITS, MB, type ImageProblem } from '../images/imageLimits';
import { prepareImage } from '../images/prepareImage';
import { H5Avatar } from './H5Avatar';
import { H5Composer } from './H5Composer';
import { H5MessageItem, H5PendingItem } from './H5MessageItem';
import { H5GiveUp, H5MenuChoices } from './H5QueueActions';
import { statusLine } from './statusLine';
import { MAX_TEXT_LENGTH, timeline } from './timeline';
import { useH5Chat } from './useH5Chat';
import './h5.css';

const IMAGE_PROBLEM_TEXT = {
  type: 'h5.imageType',
  size: 'h5.imageTooBig',
  unreadable: 'h5.imageUnreadable',
} as const satisfies Record<ImageProblem, string>;

/**
 * The chat page a fan opens from the account's custom menu, in WeChat's browser on a phone. The backend's
 * web authorization has already signed the fan in with a session cookie. `failed` says why it could not:
 * "snapshot" for WeChat's preview of a page shared in Moments (快照页), which has no real visitor until the
 * fan taps WeChat's own button; anything else (e.g. "oauth") for a refused authorization.
 */
export function H5ChatPage({ failed }: { failed: string | null }) {
  const t = useT();
  if (failed === 'snapshot') return <H5Notice text={t('h5.snapshot')} />;
  if (failed !== null) return <H5Notice text={t('h5.oauthFailed')} />;
  return <H5Chat />;
}

function H5Chat() {
  const t = useT();
  const { load, messages, pending, rejection, send, sendImage, retry, giveUp } = useH5Chat();

  if (load.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (load.kind === 'expired') return <H5Notice text={t('h5.expired')} />;
  if (load.kind === 'failed') return <H5Notice text={errorText(load.error, t)} />;
  return (
    <H5Conversation
      giveUp={giveUp}
      session={load.session}
      messages={messages}
      pending={pending}
      rejection={rejection}
      send={send}
      sendImage={sendImage}
      retry={retry}
    />
  );
}

type ChatProps = Omit<ReturnType<typeof useH5Chat>, 'load'> & { session: H5Session };

function H5Conversation({
  session,
  messages,
  pending,
  rejection,
  send,
  sendImage,
  retry,
  giveUp,
}: ChatProps) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [imageProblem, setImageProblem] = useState<ImageProblem | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const items = timeline(messages, pending);
  // The fan's own unconfirmed messages do not count: a new visitor's first message is not a past conversation.
  const status = statusLine(session.conversation, messages.length > 0);
  const { conversation } = session;
  const agent = conversation?.status === 'CHATTING' ? conversation.agent : null;
  const problem =
    draft.length > MAX_TEXT_LENGTH
      ? t('h5.tooLong', { max: MAX_TEXT_LENGTH })
      : imageProblem
        ? t(IMAGE_PROBLEM_TEXT[imageProblem], { max: CHAT_IMAGE_LIMITS.maxBytes / MB })
        : rejection
          ? errorTextWithFields(rejection, t)
          : null;

  const scrollToNewest = () => {
    const element = list.current;
    if (element) element.scrollTop = element.scrollHeight;
  };
  useEffect(scrollToNewest, [items.length]);

  useEffect(() => {
    const previous = document.title;
    document.title = session.accountName;
    return () => {
      document.title = previous;
    };
  }, [session.accountName]);

  async function onSend(text: string) {
    setImageProblem(null);
    setDraft('');
    // A refused message leaves the chat; its text goes back to the input unless the fan typed anew.
    if ((await send(text)) === 'rejected') setDraft((current) => (current === '' ? text : current));
  }

  async function onImage(file: File) {
    setImageProblem(null);
    const prepared = await prepareImage(file, CHAT_IMAGE_LIMITS);
    if (prepared.ok) void sendImage(prepared.file);
    else setImageProblem(prepared.problem);
  }

  return (
    <main className="h5-page">
      <header className="h5-header">
        {agent && <H5Avatar url={agent.avatarUrl} name={agent.displayName} />}
        <div className="h5-heading">
          <h1>{session.accountName}</h1>
          <p className="h5-status" data-testid="h5-status" aria-live="polite">
            {status && t(status.key, status.params)}
          </p>
        </div>
        <LanguageSwitch />
      </header>
      <ol className="h5-messages" ref={list} aria-label={t('h5.title')}>
        {items.length === 0 && <li className="h5-empty muted">{t('h5.empty')}</li>}
        {items.map((item) =>
          item.kind === 'message' ? (
            <H5MessageItem
              key={`m${item.message.id}`}
              message={item.message}
              session={session}
              onImageLoad={scrollToNewest}
            />
          ) : (
            <H5PendingItem
              key={`p${item.pending.clientId}`}
              pending={item.pending}
              session={session}
              onRetry={() => retry(item.pending)}
              onImageLoad={scrollToNewest}
            />
          ),
        )}
      </ol>
      <footer className="h5-footer">
        {conversation?.menu && (
          <H5MenuChoices
            menu={conversation.menu}
            disabled={pending.some((item) => item.state === 'sending')}
            onChoose={(answer) => void send(answer)}
          />
        )}
        {conversation?.canGiveUp && <H5GiveUp onGiveUp={() => giveUp(conversation.id)} />}
        <H5Composer
          draft={draft}
          onDraft={setDraft}
          onSend={(text) => void onSend(text)}
          onImage={(file) => void onImage(file)}
        />
        <Alert message={problem} />
      </footer>
    </main>
  );
}

function H5Notice({ text }: { text: string }) {
  const t = useT();
  return (
    <main className="h5-page">
      <header className="h5-header">
        <div className="h5-heading">
          <h1>{t('h5.title')}</h1>
        </div>
        <LanguageSwitch />
      </header>
      <p className="card h5-notice">{text}</p>
    </main>
  );
}
