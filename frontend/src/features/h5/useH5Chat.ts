import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import {
  fetchH5Messages,
  fetchH5Session,
  giveUpH5Queue,
  sendH5Image,
  sendH5Message,
  type H5Message,
  type H5Session,
} from '../../api/h5';
import { useDocumentVisible } from '../workbench/useDocumentVisible';
import { newClientId } from './clientId';
import {
  lastMessageId,
  mergeMessages,
  stillPending,
  type PendingContent,
  type PendingMessage,
} from './timeline';

const MESSAGES_POLL_MS = 1500;
const SESSION_POLL_MS = 5000;

export type H5Load =
  | { kind: 'loading' }
  | { kind: 'expired' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; session: H5Session };

/** How sending one message ended: the server took it, the network or server failed, or it refused the message. */
export type SendOutcome = 'accepted' | 'failed' | 'rejected';

const isExpired = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * The fan's side of the H5 chat: polls the session and the messages while the page is visible (a phone
 * keeps WeChat's browser tabs alive in the background), and sends messages optimistically.
 */
export function useH5Chat() {
  const visible = useDocumentVisible();
  const [load, setLoad] = useState<H5Load>({ kind: 'loading' });
  const [messages, setMessages] = useState<H5Message[]>([]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [rejection, setRejection] = useState<unknown>(null);
  const mounted = useRef(true);
  const lastId = useRef(0);
  const polling = useRef(false);
  const pollAgain = useRef(false);
  const firstPollDone = useRef(false);
  const expired = load.kind === 'expired';
  const ready = load.kind === 'ready';

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const refreshSession = useCallback(async () => {
    try {
      const session = await fetchH5Session();
      // An answer that set out before the session ended must not bring the chat back.
      if (mounted.current)
        setLoad((current) => (current.kind === 'expired' ? current : { kind: 'ready', session }));
    } catch (error) {
      if (!mounted.current) return;
      if (isExpired(error)) setLoad({ kind: 'expired' });
      // Once the chat is shown, a failed poll is a passing hiccup: the next one will do.
      else setLoad((current) => (current.kind === 'ready' ? current : { kind: 'failed', error }));
    }
  }, []);

  const pollMessages = useCallback(async () => {
    // A send asks for a poll while one may be under way; that one may have started before the send.
    if (polling.current) {
      pollAgain.current = true;
      return;
    }
    polling.current = true;
    try {
      do {
        pollAgain.current = false;
        const polled = await fetchH5Messages(lastId.current);
        if (!mounted.current) return;
        // The server lists the last few seconds again (for a message that committed late): only a higher
        // id is news.
        const news = lastMessageId(polled) > lastId.current;
        lastId.current = Math.max(lastId.current, lastMessageId(polled));
        setMessages((shown) => mergeMessages(shown, polled));
        setPending((waiting) => stillPending(waiting, polled));
        // New messages often mean a new status (a conversation opened, an agent joined): show it now
        // rather than at the next session poll, so the header never contradicts the chat.
        if (news && firstPollDone.current) void refreshSession();
        firstPollDone.current = true;
      } while (pollAgain.current);
    } catch (error) {
      if (mounted.current && isExpired(error)) setLoad({ kind: 'expired' });
    } finally {
      polling.current = false;
    }
  }, [refreshSession]);

  useEffect(() => {
    if (expired || !visible) return undefined;
    void refreshSession();
    const timer = window.setInterval(() => void refreshSession(), SESSION_POLL_MS);
    return () => window.clearInterval(timer);
  }, [expired, visible, refreshSession]);

  useEffect(() => {
    if (!ready || !visible) return undefined;
    void pollMessages();
    const timer = window.setInterval(() => void pollMessages(), MESSAGES_POLL_MS);
    return () => window.clearInterval(timer);
  }, [ready, visible, pollMessages]);

  const deliver = useCallback(
    async (item: PendingMessage): Promise<SendOutcome> => {
      const { clientId } = item;
      setRejection(null);
      setPending((waiting) =>
        waiting.map((other) => (other.clientId === clientId ? { ...other, state: 'sending' } : other)),
      );
      try {
        await (item.kind === 'text' ? sendH5Message(clientId, item.text) : sendH5Image(clientId, item.image));
        void pollMessages();
        return 'accepted';
      } catch (error) {
        if (!mounted.current) return 'failed';
        if (isExpired(error)) setLoad({ kind: 'expired' });
        if (error instanceof ApiError && error.status < 500) {
          setPending((waiting) => waiting.filter((other) => other.clientId !== clientId));
          setRejection(error);
          return 'rejected';
        }
        setPending((waiting) =>
          waiting.map((other) => (other.clientId === clientId ? { ...other, state: 'failed' } : other)),
        );
        return 'failed';
      }
    },
    [pollMessages],
  );

  const sendNew = useCallback(
    (content: PendingContent): Promise<SendOutcome> => {
      const item: PendingMessage = { ...content, clientId: newClientId(), state: 'sending' };
      setPending((waiting) => [...waiting, item]);
      return deliver(item);
    },
    [deliver],
  );

  const send = useCallback((text: string) => sendNew({ kind: 'text', text }), [sendNew]);

  /** `image` is already shrunk and checked, see prepareImage. */
  const sendImage = useCallback((image: File) => sendNew({ kind: 'image', image }), [sendNew]);

  /**
   * 放弃排队. Refused when the visitor is no longer queued (served or ended meanwhile): the reason is shown,
   * and either way the page reads where the conversation now stands.
   */
  const giveUp = useCallback(
    async (conversationId: number) => {
      setRejection(null);
      try {
        await giveUpH5Queue(conversationId);
      } catch (error) {
        if (!mounted.current) return;
        if (isExpired(error)) setLoad({ kind: 'expired' });
        else setRejection(error);
      }
      await Promise.all([refreshSession(), pollMessages()]);
    },
    [refreshSession, pollMessages],
  );

  /** Sends a failed message again under its first client id, so that the server keeps one copy at most. */
  const retry = useCallback((item: PendingMessage) => void deliver(item), [deliver]);

  return { load, messages, pending, rejection, send, sendImage, retry, giveUp };
}
