import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { listCannedReplies, type CannedReply } from '../../api/cannedReplies';
import {
  fetchWorkbench,
  type Workbench as WorkbenchSnapshot,
  type WorkbenchEvent,
} from '../../api/workbench';
import { Alert } from '../../components/Alert';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { useWorkbenchEvents, type ConnectionState } from '../../realtime/useWorkbenchEvents';
import { alertAgent, alertMode, enableAlerts, type AlertMode } from './alerts';
import { ChatPane } from './ChatPane';
import { ConversationList } from './ConversationList';
import { toDisplay } from './emoji';
import { PresencePanel } from './PresencePanel';
import { VisitorPanel } from './VisitorPanel';
import { conversationInPath } from './workbenchPath';
import { initialState, workbenchReducer } from './workbenchState';

/** Loads the snapshot, then hands over to the live workbench, selecting the conversation the path names. */
export function Workbench() {
  const t = useT();
  const handedOver = conversationInPath(useLocation().pathname);
  const [snapshot, setSnapshot] = useState<WorkbenchSnapshot | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(() => {
    setFailure(null);
    fetchWorkbench().then(setSnapshot, setFailure);
  }, []);
  useEffect(load, [load]);

  if (snapshot) return <LiveWorkbench snapshot={snapshot} handedOver={handedOver} />;
  if (!failure) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="card">
      <Alert message={t('workbench.loadFailed', { error: errorText(failure, t) })} />
      <button type="button" onClick={load}>
        {t('workbench.retry')}
      </button>
    </section>
  );
}

const CONNECTION_LABELS = {
  connecting: 'connection.connecting',
  connected: 'connection.connected',
  reconnecting: 'connection.reconnecting',
} as const satisfies Record<ConnectionState, string>;

function LiveWorkbench({ snapshot, handedOver }: { snapshot: WorkbenchSnapshot; handedOver: number | null }) {
  const t = useT();
  const [state, dispatch] = useReducer(workbenchReducer, snapshot, initialState);
  const [selectedId, setSelectedId] = useState<number | null>(
    snapshot.conversations.some((conversation) => conversation.id === handedOver)
      ? handedOver
      : (snapshot.conversations[0]?.id ?? null),
  );
  const [cannedReplies, setCannedReplies] = useState<CannedReply[]>([]);
  const [alerts, setAlerts] = useState<AlertMode>(alertMode);
  const drafts = useRef(new Map<number, string>());

  const onEvents = useCallback(
    (events: WorkbenchEvent[]) => {
      dispatch({ type: 'events', events });
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
    [t],
  );
  const connection = useWorkbenchEvents(snapshot.lastEventId, onEvents);

  const reloadCannedReplies = useCallback(async () => {
    setCannedReplies(await listCannedReplies());
  }, []);
  useEffect(() => {
    // Quick replies are a convenience: without them the agent can still type.
    reloadCannedReplies().catch(() => undefined);
  }, [reloadCannedReplies]);

  async function turnOnAlerts() {
    setAlerts(await enableAlerts());
  }

  const selected = state.conversations.find((conversation) => conversation.id === selectedId) ?? null;
  const activeCount = state.conversations.filter((conversation) => conversation.status !== 'ENDED').length;

  return (
    <div className="workbench">
      <aside className="workbench-side">
        <PresencePanel
          presence={{ ...state.me, activeCount }}
          onChange={(presence) => dispatch({ type: 'presence', presence })}
        />
        <div className="workbench-status small">
          <span>{t('workbench.queueLength', { n: state.queueLength })}</span>
          <span
            data-testid="connection-state"
            data-state={connection}
            className={`connection connection-${connection}`}
          >
            {t(CONNECTION_LABELS[connection])}
          </span>
        </div>
        {alerts === 'off' ? (
          <button type="button" className="link small" onClick={() => void turnOnAlerts()}>
            {t('alerts.enable')}
          </button>
        ) : (
          <p className="small muted">{t(alerts === 'on' ? 'alerts.enabled' : 'alerts.soundOnly')}</p>
        )}
        <h2>{t('conversations.title')}</h2>
        <ConversationList
          conversations={state.conversations}
          selectedId={selectedId}
          reminders={state.reminders}
          remindSeconds={state.remindSeconds}
          remindText={state.remindText}
          onSelect={setSelectedId}
        />
      </aside>
      {selected ? (
        <>
          <ChatPane
            key={selected.id}
            conversation={selected}
            history={state.histories[selected.id]}
            dispatch={dispatch}
            cannedReplies={cannedReplies}
            onCannedRepliesChanged={reloadCannedReplies}
            draft={drafts.current.get(selected.id) ?? ''}
            onDraftChange={(text) => drafts.current.set(selected.id, text)}
          />
          <VisitorPanel conversation={selected} />
        </>
      ) : (
        <p className="chat chat-empty muted">{t('workbench.chooseConversation')}</p>
      )}
    </div>
  );
}
