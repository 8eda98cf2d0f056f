import { PAGE_SIZE } from '../../api/conversations';
import type { ConversationSummary, Message, Presence, Workbench, WorkbenchEvent } from '../../api/workbench';

export interface History {
  /** Oldest first, each message id once. */
  messages: Message[];
  /** False while only live messages are known, before the conversation was opened. */
  loaded: boolean;
  hasEarlier: boolean;
}

const PRESENCE_STATUSES: WorkbenchState['me']['status'][] = ['ONLINE', 'BUSY', 'OFFLINE'];

export interface WorkbenchState {
  me: Workbench['me'];
  conversations: ConversationSummary[];
  queueLength: number;
  remindSeconds: number;
  remindText: string;
  /** The snapshot reflects every event up to this id; later ones arrive through {@link EventSequencer}. */
  snapshotEventId: number;
  histories: Record<number, History>;
  /** Prompts from REMINDER events, until the agent replies. */
  reminders: Record<number, string>;
}

export type WorkbenchAction =
  | { type: 'events'; events: WorkbenchEvent[] }
  | { type: 'historyLoaded'; conversation: ConversationSummary; messages: Message[] }
  | { type: 'earlierLoaded'; conversationId: number; messages: Message[] }
  | { type: 'read'; conversationId: number }
  | { type: 'presence'; presence: Presence }
  | { type: 'removed'; conversationId: number };

export function initialState(workbench: Workbench): WorkbenchState {
  return {
    me: workbench.me,
    conversations: workbench.conversations,
    queueLength: workbench.queueLength,
    remindSeconds: workbench.remindSeconds,
    remindText: workbench.remindText,
    snapshotEventId: workbench.lastEventId,
    histories: {},
    reminders: {},
  };
}

export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  switch (action.type) {
    case 'events':
      return action.events.reduce(applyEvent, state);
    case 'historyLoaded': {
      const { conversation, messages } = action;
      const known = state.histories[conversation.id]?.messages ?? [];
      const history: History = {
        messages: mergeMessages(known, messages),
        loaded: true,
        hasEarlier: messages.length > 0,
      };
      return updateConversation(
        { ...state, histories: { ...state.histories, [conversation.id]: history } },
        conversation,
      );
    }
    case 'earlierLoaded': {
      const history = state.histories[action.conversationId];
      if (!history) return state;
      const updated: History = {
        ...history,
        messages: mergeMessages(history.messages, action.messages),
        hasEarlier: action.messages.length === PAGE_SIZE,
      };
      return { ...state, histories: { ...state.histories, [action.conversationId]: updated } };
    }
    case 'read':
      return mapConversation(state, action.conversationId, (conversation) => ({
        ...conversation,
        unread: 0,
      }));
    case 'presence':
      return { ...state, me: { ...state.me, ...action.presence } };
    case 'removed': {
      const { [action.conversationId]: _history, ...histories } = state.histories;
      const { [action.conversationId]: _reminder, ...reminders } = state.reminders;
      return {
        ...state,
        conversations: state.conversations.filter(
          (conversation) => conversation.id !== action.conversationId,
        ),
        histories,
        reminders,
      };
    }
  }
}

/**
 * An event the snapshot already reflects changes nothing. A later one is applied even when it arrives after
 * a newer one (two threads' pushes after their commits race): the EventSequencer hands over each event once.
 */
function applyEvent(state: WorkbenchState, event: WorkbenchEvent): WorkbenchState {
  if (event.id <= state.snapshotEventId) return state;
  const next = applyNewEvent(state, event);
  return event.conversation ? updateConversation(next, event.conversation) : next;
}

function applyNewEvent(state: WorkbenchState, event: WorkbenchEvent): WorkbenchState {
  switch (event.type) {
    case 'CONVERSATION_ASSIGNED': {
      const assigned = event.conversation;
      if (!assigned) return state;
      const others = state.conversations.filter((conversation) => conversation.id !== assigned.id);
      return { ...state, conversations: [...others, assigned] };
    }
    case 'CONVERSATION_UPDATED':
      return state;
    case 'CONVERSATION_ENDED':
      return clearReminder(
        mapConversation(state, event.conversationId ?? null, (conversation) => ({
          ...conversation,
          status: 'ENDED',
          waitingSince: null,
        })),
        event.conversationId ?? null,
      );
    case 'MESSAGE_ADDED':
      return event.message ? addMessage(state, event.message) : state;
    case 'MESSAGE_UPDATED':
      return event.message ? replaceMessage(state, event.message) : state;
    case 'DELIVERY':
      return event.delivery ? updateDelivery(state, event.delivery) : state;
    case 'REMINDER':
      if (event.conversationId == null) return state;
      return {
        ...state,
        reminders: { ...state.reminders, [event.conversationId]: event.prompt || state.remindText },
      };
    case 'QUEUE_LENGTH':
      return event.queueLength == null ? state : { ...state, queueLength: event.queueLength };
    case 'AGENT_PRESENCE': {
      // E.g. logged out in another tab, or gone offline after the workbench was closed too long.
      const status = PRESENCE_STATUSES.find((known) => known === event.prompt);
      return status ? { ...state, me: { ...state.me, status } } : state;
    }
  }
}

function addMessage(state: WorkbenchState, message: Message): WorkbenchState {
  const id = message.conversationId;
  // E.g. a late message of a conversation just transferred away: not this agent's to show.
  if (!state.conversations.some((conversation) => conversation.id === id)) return state;
  const history = state.histories[id] ?? { messages: [], loaded: false, hasEarlier: true };
  if (history.messages.some((known) => known.id === message.id)) return state;
  const withMessage: WorkbenchState = {
    ...state,
    histories: {
      ...state.histories,
      [id]: { ...history, messages: mergeMessages(history.messages, [message]) },
    },
  };
  // The event's own conversation summary, applied afterwards, is authoritative; this keeps the
  // list right when the server sends the message alone.
  const updated = mapConversation(withMessage, id, (conversation) => summarize(conversation, message));
  return message.direction === 'OUT' ? clearReminder(updated, id) : updated;
}

/** A known line replaced by its newer state; one not loaded yet is left for the history to bring. */
function replaceMessage(state: WorkbenchState, message: Message): WorkbenchState {
  const history = state.histories[message.conversationId];
  if (!history || !history.messages.some((known) => known.id === message.id)) return state;
  return {
    ...state,
    histories: {
      ...state.histories,
      [message.conversationId]: { ...history, messages: mergeMessages(history.messages, [message]) },
    },
  };
}

function summarize(conversation: ConversationSummary, message: Message): ConversationSummary {
  switch (message.direction) {
    case 'IN':
      return {
        ...conversation,
        lastMessageAt: message.createdAt,
        lastMessageText: message.text,
        unread: conversation.unread + 1,
        waitingSince: conversation.waitingSince ?? message.createdAt,
      };
    case 'OUT':
      return {
        ...conversation,
        lastMessageAt: message.createdAt,
        lastMessageText: message.text,
        waitingSince: null,
      };
    default:
      return conversation;
  }
}

function updateDelivery(
  state: WorkbenchState,
  delivery: NonNullable<WorkbenchEvent['delivery']>,
): WorkbenchState {
  const histories: Record<number, History> = {};
  for (const [id, history] of Object.entries(state.histories)) {
    histories[Number(id)] = history.messages.some((message) => message.outboundId === delivery.outboundId)
      ? {
          ...history,
          messages: history.messages.map((message) =>
            message.outboundId === delivery.outboundId
              ? { ...message, delivery: { status: delivery.status, errorReason: delivery.errorReason } }
              : message,
          ),
        }
      : history;
  }
  return { ...state, histories };
}

/** Replaces a conversation the agent already has; never adds one (only an assignment does). */
function updateConversation(state: WorkbenchState, conversation: ConversationSummary): WorkbenchState {
  const updated = mapConversation(state, conversation.id, () => conversation);
  return conversation.waitingSince === null ? clearReminder(updated, conversation.id) : updated;
}

function mapConversation(
  state: WorkbenchState,
  id: number | null,
  change: (conversation: ConversationSummary) => ConversationSummary,
): WorkbenchState {
  if (!state.conversations.some((conversation) => conversation.id === id)) return state;
  return {
    ...state,
    conversations: state.conversations.map((conversation) =>
      conversation.id === id ? change(conversation) : conversation,
    ),
  };
}

function clearReminder(state: WorkbenchState, id: number | null): WorkbenchState {
  if (id === null || !(id in state.reminders)) return state;
  const { [id]: _cleared, ...reminders } = state.reminders;
  return { ...state, reminders };
}

/** Message ids grow with time, so id order is chronological, also across the fan's conversations. */
function mergeMessages(known: Message[], incoming: Message[]): Message[] {
  const byId = new Map<number, Message>();
  for (const message of [...known, ...incoming]) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
