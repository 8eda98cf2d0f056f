import { useEffect, useState, type Dispatch } from 'react';
import type { CannedReply } from '../../api/cannedReplies';
import {
  endConversation,
  fetchConversation,
  fetchMessagesBefore,
  inviteRating,
  markRead,
} from '../../api/conversations';
import type { ConversationSummary } from '../../api/workbench';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { errorText } from '../../i18n/errorText';
import { useI18n } from '../../i18n/I18nProvider';
import { ChannelBadge } from './ChannelBadge';
import { hasWeChatWindow } from './channel';
import { Composer } from './Composer';
import { formatTime } from './format';
import { MessageList } from './MessageList';
import { TransferDialog } from './TransferDialog';
import { useDocumentVisible } from './useDocumentVisible';
import type { History, WorkbenchAction } from './workbenchState';

interface ChatPaneProps {
  conversation: ConversationSummary;
  history: History | undefined;
  dispatch: Dispatch<WorkbenchAction>;
  cannedReplies: CannedReply[];
  onCannedRepliesChanged: () => Promise<void>;
  draft: string;
  onDraftChange: (text: string) => void;
}

export function ChatPane({
  conversation,
  history,
  dispatch,
  cannedReplies,
  onCannedRepliesChanged,
  draft,
  onDraftChange,
}: ChatPaneProps) {
  const { t, lang } = useI18n();
  const visible = useDocumentVisible();
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<'end' | 'invite' | null>(null);
  const [invited, setInvited] = useState(false);
  const [transferring, setTransferring] = useState(false);

  const { id, unread, status } = conversation;
  const loaded = history?.loaded ?? false;
  const messages = history?.messages ?? [];
  const lastOwnMessageId = messages.filter((message) => message.conversationId === id).at(-1)?.id;

  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    setFailure(null);
    fetchConversation(id).then(
      (detail) => cancelled || dispatch({ type: 'historyLoaded', ...detail }),
      (error: unknown) => cancelled || setFailure(error),
    );
    return () => {
      cancelled = true;
    };
  }, [id, loaded, attempt, dispatch]);

  useEffect(() => {
    if (!visible || !loaded || unread === 0 || lastOwnMessageId === undefined) return;
    markRead(id, lastOwnMessageId).then(
      () => dispatch({ type: 'read', conversationId: id }),
      // The badge merely stays; the next message or visit tries again.
      () => undefined,
    );
  }, [id, visible, loaded, unread, lastOwnMessageId, dispatch]);

  async function loadEarlier() {
    if (messages.length === 0) return;
    try {
      dispatch({
        type: 'earlierLoaded',
        conversationId: id,
        messages: await fetchMessagesBefore(id, messages[0].id),
      });
    } catch (error) {
      setFailure(error);
    }
  }

  async function act(action: 'end' | 'invite') {
    if (action === 'end' && !window.confirm(t('actions.endConfirm', { name: conversation.fanName }))) return;
    setBusy(action);
    setFailure(null);
    try {
      // Ending needs no local change: the CONVERSATION_ENDED event marks the conversation.
      await (action === 'end' ? endConversation(id) : inviteRating(id));
      if (action === 'invite') setInvited(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  const ended = status === 'ENDED';
  const quota = conversation.quotaWindowEndsAt
    ? t('quota.remainingUntil', {
        n: conversation.quotaRemaining,
        time: formatTime(conversation.quotaWindowEndsAt, lang),
      })
    : t('quota.remaining', { n: conversation.quotaRemaining });

  return (
    <section className="chat" aria-label={conversation.fanName}>
      <header className="chat-head">
        <div>
          <div className="chat-title">
            <h2>{conversation.fanName}</h2>
            <ChannelBadge conversation={conversation} />
          </div>
          <p className="small muted">
            {t(`status.${status}`)}
            {!ended && hasWeChatWindow(conversation) && (
              <>
                {' · '}
                <span className={conversation.quotaRemaining > 0 ? 'quota' : 'quota quota-out'}>{quota}</span>
              </>
            )}
          </p>
        </div>
        <div className="chat-actions">
          {ended ? (
            <button type="button" onClick={() => dispatch({ type: 'removed', conversationId: id })}>
              {t('conversations.remove')}
            </button>
          ) : (
            <>
              <BusyButton
                data-testid="invite-rating-button"
                busy={busy === 'invite'}
                disabled={busy !== null}
                label={t('actions.invite')}
                busyLabel={t('actions.inviting')}
                onClick={() => void act('invite')}
              />
              <button
                type="button"
                data-testid="transfer-button"
                disabled={busy !== null}
                onClick={() => setTransferring(true)}
              >
                {t('actions.transfer')}
              </button>
              <BusyButton
                data-testid="end-button"
                busy={busy === 'end'}
                disabled={busy !== null}
                label={t('actions.end')}
                busyLabel={t('actions.ending')}
                onClick={() => void act('end')}
              />
            </>
          )}
        </div>
      </header>
      <Alert message={failure ? errorText(failure, t) : null} />
      {failure !== null && !loaded && (
        <button type="button" onClick={() => setAttempt(attempt + 1)}>
          {t('workbench.retry')}
        </button>
      )}
      <Alert tone="success" message={invited ? t('actions.invited') : null} />
      {loaded ? (
        <MessageList
          conversationId={id}
          messages={messages}
          hasEarlier={history?.hasEarlier ?? false}
          onLoadEarlier={loadEarlier}
        />
      ) : (
        failure === null && <p className="muted center">{t('common.loading')}</p>
      )}
      {ended ? (
        <p className="chat-ended muted center">{t('composer.ended')}</p>
      ) : (
        <Composer
          conversationId={id}
          cannedReplies={cannedReplies}
          onCannedRepliesChanged={onCannedRepliesChanged}
          draft={draft}
          onDraftChange={onDraftChange}
        />
      )}
      {transferring && (
        <TransferDialog
          conversationId={id}
          onClose={() => setTransferring(false)}
          onTransferred={() => dispatch({ type: 'removed', conversationId: id })}
        />
      )}
    </section>
  );
}
