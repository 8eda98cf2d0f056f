import { useQuery, type QueryClient } from '@tanstack/react-query';
import { fetchConversation, fetchMessagesBefore, PAGE_SIZE } from '../../api/conversations';
import { fetchVisitor } from '../../api/fans';
import {
  fetchWorkbench,
  type ConversationSummary,
  type Message,
  type Workbench,
  type WorkbenchEvent,
} from '../../api/workbench';

/**
 * The workbench's server state lives in TanStack Query: the overview (the agent, their list, the queue
 * length) and one entry per opened conversation (header and transcript). Events patch these where the
 * event carries the exact new value, and invalidate them where it only says that something changed.
 */
export const workbenchKeys = {
  all: ['workbench'] as const,
  overview: ['workbench', 'overview'] as const,
  conversation: (id: number) => ['workbench', 'conversation', id] as const,
  /** The visitor panel of a conversation. */
  visitor: (conversationId: number) => ['workbench', 'visitor', conversationId] as const,
  tagCatalogue: (accountId: number) => ['workbench', 'tagCatalogue', accountId] as const,
  /** The to-dos of messages fans left in the agent's accounts. */
  leftMessages: ['workbench', 'leftMessages'] as const,
};

/**
 * Events keep the workbench fresh and a reconnect reads it all again: a read at every window focus
 * would only hide a missing event, from the agent until they switch tabs and from the reload test.
 */
const FOLLOWS_EVENTS = { refetchOnWindowFocus: false } as const;

/** While WeChat has not taken the fan's tags yet, the panel looks again this often. */
const TAG_SYNC_POLL_MS = 2000;

export interface ConversationData {
  conversation: ConversationSummary;
  /** Oldest first, each id once; may reach into the fan's earlier conversations. */
  messages: Message[];
  hasEarlier: boolean;
}

export function useWorkbenchOverview() {
  return useQuery({ queryKey: workbenchKeys.overview, queryFn: fetchWorkbench, ...FOLLOWS_EVENTS });
}

export function useConversation(client: QueryClient, id: number) {
  return useQuery({
    queryKey: workbenchKeys.conversation(id),
    queryFn: async (): Promise<ConversationData> => {
      const detail = await fetchConversation(id);
      // A refetch brings the newest page; earlier pages the agent loaded stay above it.
      const earlier = (
        client.getQueryData<ConversationData>(workbenchKeys.conversation(id))?.messages ?? []
      ).filter((message) => detail.messages.length > 0 && message.id < detail.messages[0].id);
      return {
        conversation: detail.conversation,
        messages: mergeMessages(earlier, detail.messages),
        hasEarlier: detail.messages.length === PAGE_SIZE,
      };
    },
    ...FOLLOWS_EVENTS,
  });
}

export function useVisitor(conversationId: number) {
  return useQuery({
    queryKey: workbenchKeys.visitor(conversationId),
    queryFn: () => fetchVisitor(conversationId),
    ...FOLLOWS_EVENTS,
    refetchInterval: (query) => (query.state.data?.tags.sync.status === 'PENDING' ? TAG_SYNC_POLL_MS : false),
  });
}

export async function loadEarlier(client: QueryClient, id: number): Promise<void> {
  const known = client.getQueryData<ConversationData>(workbenchKeys.conversation(id));
  if (!known || known.messages.length === 0) return;
  const earlier = await fetchMessagesBefore(id, known.messages[0].id);
  client.setQueryData<ConversationData>(
    workbenchKeys.conversation(id),
    (data) =>
      data && {
        ...data,
        messages: mergeMessages(earlier, data.messages),
        hasEarlier: earlier.length === PAGE_SIZE,
      },
  );
}

/** After a reconnect: whatever the catch-up brings, the screen is read again from the server. */
export function refetchWorkbench(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: workbenchKeys.all });
}

/** The agent is done with a conversation (transferred it, or closed it after its end). */
export function forgetConversation(client: QueryClient, id: number): void {
  client.setQueryData<Workbench>(
    workbenchKeys.overview,
    (overview) =>
      overview && {
        ...overview,
        conversations: overview.conversations.filter((conversation) => conversation.id !== id),
      },
  );
  client.removeQueries({ queryKey: workbenchKeys.conversation(id) });
  client.removeQueries({ queryKey: workbenchKeys.visitor(id) });
}

/** Applies events, oldest first, each once (the EventSequencer sees to that). */
export function applyWorkbenchEvents(client: QueryClient, events: WorkbenchEvent[]): void {
  for (const event of events) applyEvent(client, event);
}

function applyEvent(client: QueryClient, event: WorkbenchEvent): void {
  const overview = client.getQueryData<Workbench>(workbenchKeys.overview);
  // The overview already reflects events up to its lastEventId: an older one must not roll it back.
  const newerThanOverview = !overview || event.id > overview.lastEventId;
  const id = event.conversationId ?? null;

  switch (event.type) {
    case 'MESSAGE_ADDED':
    case 'MESSAGE_UPDATED':
      if (event.message) {
        const message = event.message;
        patchMessages(client, message.conversationId, (messages) => mergeMessages(messages, [message]));
      }
      break;
    case 'DELIVERY':
      if (event.delivery && id !== null) {
        const { outboundId, status, errorReason } = event.delivery;
        patchMessages(client, id, (messages) =>
          messages.map((message) =>
            message.outboundId === outboundId ? { ...message, delivery: { status, errorReason } } : message,
          ),
        );
      }
      break;
    case 'CONVERSATION_ASSIGNED':
      if (event.conversation && newerThanOverview) addToList(client, event.conversation);
      void client.invalidateQueries({ queryKey: workbenchKeys.overview });
      break;
    case 'CONVERSATION_ENDED':
      if (id !== null) void client.invalidateQueries({ queryKey: workbenchKeys.conversation(id) });
      void client.invalidateQueries({ queryKey: workbenchKeys.overview });
      break;
    case 'CONVERSATION_REMOVED':
      if (id !== null) forgetConversation(client, id);
      void client.invalidateQueries({ queryKey: workbenchKeys.overview });
      break;
    case 'REMINDER':
    case 'QUEUE_LENGTH':
    case 'PRESENCE_CHANGED':
      // The number an event carries may be overtaken by a change committed meanwhile: read it again.
      void client.invalidateQueries({ queryKey: workbenchKeys.overview });
      break;
    case 'VISITOR_CHANGED':
      // A rating, tags or flags changed, or a proactive message: the event says only which panel.
      if (id !== null) void client.invalidateQueries({ queryKey: workbenchKeys.visitor(id) });
      break;
    case 'LEFT_MESSAGES_CHANGED':
      // Left, claimed, handled or written to: the event names only the account's list.
      void client.invalidateQueries({ queryKey: workbenchKeys.leftMessages });
      break;
    case 'CONVERSATION_UPDATED':
      break;
  }
  if (event.conversation && event.type !== 'CONVERSATION_ASSIGNED') {
    patchSummary(client, event.conversation, newerThanOverview);
  }
}

function patchMessages(client: QueryClient, id: number, change: (messages: Message[]) => Message[]): void {
  patch<ConversationData>(client, workbenchKeys.conversation(id), (data) => ({
    ...data,
    messages: change(data.messages),
  }));
}

/**
 * Patches what the cache holds. A read still in flight may have been answered before the event's
 * change committed and would overwrite the patch, and one not answered yet has nothing to patch: both
 * are read again instead (invalidating cancels the read in flight).
 */
function patch<T>(client: QueryClient, key: readonly unknown[], change: (data: T) => T): void {
  client.setQueryData<T>(key, (data) => (data === undefined ? data : change(data)));
  const state = client.getQueryState(key);
  if (state?.fetchStatus === 'fetching') {
    // A first read in flight is joined, not restarted, by an invalidation: cancel it first.
    void client
      .cancelQueries({ queryKey: key, exact: true })
      .then(() => client.invalidateQueries({ queryKey: key, exact: true }));
  } else if (state && state.data === undefined) {
    void client.invalidateQueries({ queryKey: key, exact: true });
  }
}

/** The event's summary is the server's view at its commit: it replaces the list entry and the header. */
function patchSummary(client: QueryClient, summary: ConversationSummary, intoOverview: boolean): void {
  if (intoOverview) {
    patch<Workbench>(client, workbenchKeys.overview, (overview) => ({
      ...overview,
      conversations: overview.conversations.map((conversation) =>
        conversation.id === summary.id ? summary : conversation,
      ),
    }));
  }
  patch<ConversationData>(client, workbenchKeys.conversation(summary.id), (data) => ({
    ...data,
    conversation: summary,
  }));
}

function addToList(client: QueryClient, summary: ConversationSummary): void {
  patch<Workbench>(client, workbenchKeys.overview, (overview) => ({
    ...overview,
    conversations: [
      ...overview.conversations.filter((conversation) => conversation.id !== summary.id),
      summary,
    ],
  }));
}

/** Message ids grow with time, so id order is chronological, also across the fan's conversations. */
export function mergeMessages(known: Message[], incoming: Message[]): Message[] {
  const byId = new Map<number, Message>();
  for (const message of [...known, ...incoming]) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** The server took the read mark; the badge goes without waiting for the next event. */
export function markedRead(client: QueryClient, id: number): void {
  client.setQueryData<Workbench>(
    workbenchKeys.overview,
    (overview) =>
      overview && {
        ...overview,
        conversations: overview.conversations.map((conversation) =>
          conversation.id === id ? { ...conversation, unread: 0 } : conversation,
        ),
      },
  );
}
