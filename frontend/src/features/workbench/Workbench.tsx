import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listCannedReplies, type CannedReply } from '../../api/cannedReplies';
import type { WorkbenchEvent } from '../../api/workbench';
import { useLocation } from 'react-router';
import { Alert } from '../../components/Alert';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { useWorkbenchEvents, type ConnectionState } from '../../realtime/useWorkbenchEvents';
import { alertAgent, alertMode, enableAlerts, type AlertMode } from './alerts';
import { ChatPane } from './ChatPane';
import { ConversationList } from './ConversationList';
import { LeftMessagesPanel } from './LeftMessagesPanel';
import { toDisplay } from './emoji';
import { PresencePanel } from './PresencePanel';
import { VisitorPanel } from './VisitorPanel';
import './workbench.css';
import { conversationInPath } from './workbenchPath';
import {
  applyWorkbenchEvents,
  refetchWorkbench,
  useWorkbenchOverview,
  workbenchKeys,
} from './workbenchQueries';

const CONNECTION_LABELS = {
  connecting: 'connection.connecting',
  connected: 'connection.connected',
  reconnecting: 'connection.reconnecting',
} as const satisfies Record<ConnectionState, string>;

/**
 * The agent's screen. What the server knows comes from queries that the live events patch or
 * invalidate; only the selection, drafts and alert settings are this screen's own.
 */
export function Workbench() {
  const t = useT();
  const client = useQueryClient();
  const handedOver = conversationInPath(useLocation().pathname);
  const overview = useWorkbenchOverview();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [cannedReplies, setCannedReplies] = useState<CannedReply[]>([]);
  const [alerts, setAlerts] = useState<AlertMode>(alertMode);
  const drafts = useRef(new Map<number, string>());
  // The live stream starts after the first snapshot; later refetches are covered by the stream itself.
  const [streamFrom, setStreamFrom] = useState<number | null>(null);
  if (streamFrom === null && overview.data) setStreamFrom(overview.data.lastEventId);

  const onEvents = useCallback(
    (events: WorkbenchEvent[]) => {
      applyWorkbenchEvents(client, events);
      for (const event of events) {
        if (event.type === 'CONVERSATION_ASSIGNED' && event.conversation) {
          const { id, fanName, lastMessageText } = event.conversation;
          setSelectedId((current) => current ?? id);
          alertAgent(t('alerts.newConversation', { name: fanName }), toDisplay(lastMessageText ?? ''), () =>
            setSelectedId(id),
          );
        } else if (event.type === 'MESSAGE_ADDED' && event.message?.direction === 'IN') {
          const { conversationId, author, text } = event.message;
          const name = event.conversation?.fanName ?? author;
          alertAgent(t('alerts.newMessage', { name }), toDisplay(text ?? ''), () =>
            setSelectedId(conversationId),
          );
        }
      }
    },
    [client, t],
  );
  const connection = useWorkbenchEvents(streamFrom, onEvents);

  // Back from a lost connection: the catch-up replays what was logged, and the screen is read again
  // in full, so that nothing patched from events can differ from a fresh load.
  const wasConnected = useRef(false);
  useEffect(() => {
    if (connection !== 'connected') return;
    if (wasConnected.current) void refetchWorkbench(client);
    wasConnected.current = true;
  }, [connection, client]);

  const reloadCannedReplies = useCallback(async () => {
    setCannedReplies(await listCannedReplies());
  }, []);
  useEffect(() => {
    // Quick replies are a convenience: without them the agent can still type.
    reloadCannedReplies().catch(() => undefined);
  }, [reloadCannedReplies]);

  if (overview.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (overview.isError) {
    return (
      <section className="card">
        <Alert message={t('workbench.loadFailed', { error: errorText(overview.error, t) })} />
        <Button onClick={() => void overview.refetch()}>{t('workbench.retry')}</Button>
      </section>
    );
  }

  const { me, conversations, queueLength } = overview.data;
  const listed = (id: number | null) => conversations.some((conversation) => conversation.id === id);
  const shownId = listed(selectedId)
    ? selectedId
    : listed(handedOver)
      ? handedOver
      : (conversations[0]?.id ?? null);
  const selected = conversations.find((conversation) => conversation.id === shownId) ?? null;

  /** After a transfer or a close the agent moves on to the next conversation in the list. */
  function leave(id: number) {
    const others = conversations.filter((conversation) => conversation.id !== id);
    const index = conversations.findIndex((conversation) => conversation.id === id);
    setSelectedId(others[Math.min(index, others.length - 1)]?.id ?? null);
  }

  async function turnOnAlerts() {
    setAlerts(await enableAlerts());
  }

  return (
    <div className="workbench">
      <aside className="workbench-side">
        <PresencePanel
          presence={me}
          onChange={() => void client.invalidateQueries({ queryKey: workbenchKeys.overview })}
        />
        <div className="workbench-status small">
          <span data-testid="queue-length" data-count={queueLength}>
            {t('workbench.queueWaiting')}{' '}
            <Badge count={queueLength} showZero color={queueLength > 0 ? 'orange' : 'gray'} />
          </span>
          <span
            data-testid="connection-state"
            data-state={connection}
            className={`connection connection-${connection}`}
          >
            {t(CONNECTION_LABELS[connection])}
          </span>
        </div>
        {alerts === 'off' ? (
          <Button type="link" size="small" onClick={() => void turnOnAlerts()}>
            {t('alerts.enable')}
          </Button>
        ) : (
          <p className="small muted">{t(alerts === 'on' ? 'alerts.enabled' : 'alerts.soundOnly')}</p>
        )}
        <h2>{t('conversations.title')}</h2>
        <ConversationList conversations={conversations} selectedId={shownId} onSelect={setSelectedId} />
        <LeftMessagesPanel me={me.username} />
      </aside>
      {selected ? (
        <>
          <ChatPane
            key={selected.id}
            listed={selected}
            cannedReplies={cannedReplies}
            onCannedRepliesChanged={reloadCannedReplies}
            draft={drafts.current.get(selected.id) ?? ''}
            onDraftChange={(text) => drafts.current.set(selected.id, text)}
            onLeave={() => leave(selected.id)}
          />
          <VisitorPanel conversation={selected} />
        </>
      ) : (
        <p className="chat chat-empty muted">{t('workbench.chooseConversation')}</p>
      )}
    </div>
  );
}
