import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { CannedReply } from '../../api/cannedReplies';
import { closeConversation, endConversation, inviteRating, markRead } from '../../api/conversations';
import type { ConversationSummary } from '../../api/workbench';
import { Alert } from '../../components/Alert';
import { errorText } from '../../i18n/errorText';
import { useI18n } from '../../i18n/I18nProvider';
import { ChannelBadge } from './ChannelBadge';
import { hasWeChatWindow } from './channel';
import { Composer } from './Composer';
import { formatTime } from './format';
import { MessageList } from './MessageList';
import { TransferDialog } from './TransferDialog';
import { useDocumentVisible } from './useDocumentVisible';
import { forgetConversation, loadEarlier, markedRead, useConversation } from './workbenchQueries';

interface ChatPaneProps {
  /** The conversation as the list has it, shown until its own query has loaded. */
  listed: ConversationSummary;
  cannedReplies: CannedReply[];
  onCannedRepliesChanged: () => Promise<void>;
  draft: string;
  onDraftChange: (text: string) => void;
  /** The conversation left the agent (transferred, or closed after its end). */
  onLeave: () => void;
}

export function ChatPane({
  listed,
  cannedReplies,
  onCannedRepliesChanged,
  draft,
  onDraftChange,
  onLeave,
}: ChatPaneProps) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const { modal, message } = App.useApp();
  const visible = useDocumentVisible();
  const detail = useConversation(client, listed.id);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<'end' | 'invite' | 'close' | null>(null);
  const [transferring, setTransferring] = useState(false);

  const conversation = detail.data?.conversation ?? listed;
  const { id, status } = conversation;
  const messages = detail.data?.messages ?? [];
  const lastOwnMessageId = messages.filter((line) => line.conversationId === id).at(-1)?.id;
  const unread = listed.unread;

  useEffect(() => {
    if (!visible || !detail.data || unread === 0 || lastOwnMessageId === undefined) return;
    markRead(id, lastOwnMessageId).then(
      () => markedRead(client, id),
      // The badge merely stays; the next message or visit tries again.
      () => undefined,
    );
  }, [id, visible, detail.data, unread, lastOwnMessageId, client]);

  async function run(action: 'end' | 'invite' | 'close', call: () => Promise<void>, done?: () => void) {
    setBusy(action);
    setFailure(null);
    try {
      await call();
      done?.();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  function confirmEnd() {
    modal.confirm({
      title: t('actions.endTitle'),
      content: t('actions.endConfirm', { name: conversation.fanName }),
      okText: t('actions.endOk'),
      okButtonProps: { danger: true, id: 'end-confirm' },
      cancelText: t('common.cancel'),
      // The CONVERSATION_ENDED event and the texts that follow update the pane.
      onOk: () => run('end', () => endConversation(id)),
    });
  }

  function close() {
    void run(
      'close',
      () => closeConversation(id),
      () => {
        forgetConversation(client, id);
        onLeave();
      },
    );
  }

  const ended = status === 'ENDED';
  const quota = conversation.quotaWindowEndsAt
    ? t('quota.remainingUntil', {
        n: conversation.quotaRemaining,
        time: formatTime(conversation.quotaWindowEndsAt, lang),
      })
    : t('quota.remaining', { n: conversation.quotaRemaining });

  return (
    <section
      className="chat"
      aria-label={conversation.fanName}
      data-testid="chat-pane"
      data-conversation-id={id}
    >
      <header className="chat-head">
        <div>
          <div className="chat-title">
            <h2>{conversation.fanName}</h2>
            <ChannelBadge conversation={conversation} />
          </div>
          <p className="small muted">
            <span data-testid="chat-status" data-status={status}>
              {t(`status.${status}`)}
            </span>
            {!ended && hasWeChatWindow(conversation) && (
              <>
                {' · '}
                <span
                  data-testid="quota"
                  data-remaining={conversation.quotaRemaining}
                  data-window-ends={conversation.quotaWindowEndsAt ?? ''}
                  className={conversation.quotaRemaining > 0 ? 'quota' : 'quota quota-out'}
                >
                  {quota}
                </span>
              </>
            )}
          </p>
        </div>
        <Space className="chat-actions">
          {ended ? (
            <Button data-testid="close-button" loading={busy === 'close'} onClick={close}>
              {t('actions.closeEnded')}
            </Button>
          ) : (
            <>
              <Button
                data-testid="invite-rating-button"
                loading={busy === 'invite'}
                disabled={busy !== null && busy !== 'invite'}
                onClick={() =>
                  void run(
                    'invite',
                    () => inviteRating(id),
                    () => void message.success(t('actions.invited')),
                  )
                }
              >
                {t('actions.invite')}
              </Button>
              <Button
                data-testid="transfer-button"
                disabled={busy !== null}
                onClick={() => setTransferring(true)}
              >
                {t('actions.transfer')}
              </Button>
              <Button
                data-testid="end-button"
                danger
                loading={busy === 'end'}
                disabled={busy !== null && busy !== 'end'}
                onClick={confirmEnd}
              >
                {t('actions.end')}
              </Button>
            </>
          )}
        </Space>
      </header>
      <Alert message={failure ? errorText(failure, t) : detail.isError ? errorText(detail.error, t) : null} />
      {detail.isError && !detail.data && (
        <Button onClick={() => void detail.refetch()}>{t('workbench.retry')}</Button>
      )}
      {detail.data ? (
        <MessageList
          conversationId={id}
          fanName={conversation.fanName}
          messages={messages}
          hasEarlier={detail.data.hasEarlier}
          onLoadEarlier={() => loadEarlier(client, id)}
        />
      ) : (
        !detail.isError && <p className="muted center">{t('common.loading')}</p>
      )}
      {ended ? (
        <p className="chat-ended muted center">{t('chat.endedReadable')}</p>
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
          onTransferred={(targetName) => {
            void message.success(t('transfer.done', { name: conversation.fanName, queue: targetName }));
            forgetConversation(client, id);
            onLeave();
          }}
        />
      )}
    </section>
  );
}
