import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import type { Message } from '../../api/workbench';
import { useT } from '../../i18n/I18nProvider';
import { MessageView } from './MessageView';

interface MessageListProps {
  conversationId: number;
  fanName: string;
  messages: Message[];
  hasEarlier: boolean;
  onLoadEarlier: () => Promise<void>;
}

/** How close to the bottom still counts as reading the newest messages. */
const BOTTOM_SLACK_PX = 40;

export function MessageList({
  conversationId,
  fanName,
  messages,
  hasEarlier,
  onLoadEarlier,
}: MessageListProps) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [loading, setLoading] = useState(false);
  const edges = useRef({ first: 0, last: 0, height: 0 });
  // A conversation opens at its newest message, and stays there while the agent has not scrolled up.
  const atBottom = useRef(true);

  // New messages at the bottom scroll into view; earlier ones loaded on top keep the reader's place.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || messages.length === 0) return;
    const first = messages[0].id;
    const last = messages[messages.length - 1].id;
    if (last !== edges.current.last) {
      element.scrollTop = element.scrollHeight;
      atBottom.current = true;
    } else if (first !== edges.current.first)
      element.scrollTop += element.scrollHeight - edges.current.height;
    edges.current = { first, last, height: element.scrollHeight };
  }, [messages]);

  // An image gets its height only when it has loaded, after the scroll above: follow it down.
  function mediaLoaded() {
    const element = scroller.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
    if (element) edges.current.height = element.scrollHeight;
  }

  function scrolled() {
    const element = scroller.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight <= BOTTOM_SLACK_PX;
  }

  async function loadEarlier() {
    setLoading(true);
    try {
      await onLoadEarlier();
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="message-scroller" ref={scroller} onScroll={scrolled} onLoadCapture={mediaLoaded}>
      <div className="load-earlier">
        {hasEarlier ? (
          <button type="button" className="link" disabled={loading} onClick={loadEarlier}>
            {t(loading ? 'chat.loadingEarlier' : 'chat.loadEarlier')}
          </button>
        ) : (
          messages.length > 0 && <span className="small muted">{t('chat.noEarlier')}</span>
        )}
      </div>
      {messages.length === 0 && <p className="muted small center">{t('chat.empty')}</p>}
      <ol className="messages">
        {messages.map((message, index) => {
          const previous = messages[index - 1];
          const startsEarlierConversation =
            message.conversationId !== conversationId &&
            (!previous || previous.conversationId !== message.conversationId);
          return (
            <Fragment key={message.id}>
              {startsEarlierConversation && (
                <li className="conversation-divider">{t('chat.earlierConversation')}</li>
              )}
              <MessageView message={message} fanName={fanName} />
            </Fragment>
          );
        })}
      </ol>
    </div>
  );
}
