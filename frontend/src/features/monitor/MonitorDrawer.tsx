import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Input, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import {
  fetchMonitoredTranscript,
  monitorTranscriptTopic,
  sendSupervisorNote,
  takeOver,
  transferAsSupervisor,
  type LiveConversation,
} from '../../api/monitor';
import type { Message } from '../../api/workbench';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { useStompFeed } from '../../realtime/useStompFeed';
import { MessageList } from '../workbench/MessageList';
import { TransferDialog } from '../workbench/TransferDialog';
import '../workbench/workbench.css';

const NOTE_MAX = 2000;

/** The transcript with each pushed line put in its place: a new line added, a changed one replaced. */
export function withLine(lines: Message[], line: Message): Message[] {
  return [...lines.filter((known) => known.id !== line.id), line].sort((a, b) => a.id - b.id);
}

interface MonitorDrawerProps {
  conversationId: number | null;
  /** The list's row, gone once the conversation ended. */
  conversation: LiveConversation | null;
  onClose: () => void;
  onMovedAway: () => void;
}

/**
 * One conversation as it happens, with what a supervisor does about it: an internal note to the agent,
 * taking it over (after a confirm) or transferring it.
 */
export function MonitorDrawer({ conversationId, conversation, onClose, onMovedAway }: MonitorDrawerProps) {
  const t = useT();
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [transferring, setTransferring] = useState(false);
  const queryKey = ['monitor', 'transcript', conversationId];
  const transcript = useQuery({
    queryKey,
    queryFn: () => fetchMonitoredTranscript(conversationId!),
    enabled: conversationId !== null,
  });
  const onLine = useCallback(
    (line: Message) =>
      client.setQueryData<Message[]>(['monitor', 'transcript', line.conversationId], (lines) =>
        lines ? withLine(lines, line) : lines,
      ),
    [client],
  );
  const reload = useCallback(
    () => void client.invalidateQueries({ queryKey: ['monitor', 'transcript', conversationId] }),
    [client, conversationId],
  );
  useStompFeed(conversationId === null ? null : monitorTranscriptTopic(conversationId), onLine, reload);

  async function act(action: () => Promise<void>, done: string) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      void message.success(done);
      return true;
    } catch (error) {
      setFailure(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function submitNote() {
    if (await act(() => sendSupervisorNote(conversationId!, note.trim()), t('monitor.noteSent'))) setNote('');
  }

  function confirmTakeOver() {
    modal.confirm({
      title: t('monitor.takeOverConfirm', { agent: conversation?.agentDisplayName ?? t('monitor.noAgent') }),
      okText: t('monitor.takeOver'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (await act(() => takeOver(conversationId!), t('monitor.takenOver'))) onMovedAway();
      },
    });
  }

  return (
    <Drawer
      open={conversationId !== null}
      onClose={onClose}
      width={620}
      title={conversation ? `${t('monitor.transcript')} · ${conversation.fanName}` : t('monitor.transcript')}
      destroyOnHidden
    >
      {(failure ?? transcript.error) && (
        <Alert type="error" showIcon role="alert" message={errorText(failure ?? transcript.error, t)} />
      )}
      {conversationId !== null && !conversation && <Alert type="info" message={t('monitor.ended')} />}
      {conversationId !== null && (
        <div className="monitor-transcript" style={{ height: 420, display: 'flex', flexDirection: 'column' }}>
          <MessageList
            conversationId={conversationId}
            fanName={conversation?.fanName ?? ''}
            messages={transcript.data ?? []}
            hasEarlier={false}
            onLoadEarlier={async () => {}}
          />
        </div>
      )}
      {conversation && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          <Typography.Text strong>{t('monitor.note')}</Typography.Text>
          <Input.TextArea
            data-testid="monitor-note"
            aria-label={t('monitor.note')}
            value={note}
            maxLength={NOTE_MAX}
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('monitor.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
          <Space>
            <Button
              data-testid="monitor-send-note"
              type="primary"
              disabled={!note.trim()}
              loading={busy}
              onClick={() => void submitNote()}
            >
              {t('monitor.sendNote')}
            </Button>
            <Button
              data-testid="monitor-take-over"
              danger
              disabled={conversation.status !== 'CHATTING' || busy}
              onClick={confirmTakeOver}
            >
              {t('monitor.takeOver')}
            </Button>
            <Button
              disabled={conversation.status !== 'CHATTING' || busy}
              onClick={() => setTransferring(true)}
            >
              {t('monitor.transfer')}
            </Button>
          </Space>
        </Space>
      )}
      {transferring && conversationId !== null && (
        <TransferDialog
          conversationId={conversationId}
          transfer={transferAsSupervisor}
          onClose={() => setTransferring(false)}
          onTransferred={(name) => {
            setTransferring(false);
            void message.success(t('monitor.transferred', { name }));
          }}
        />
      )}
    </Drawer>
  );
}
