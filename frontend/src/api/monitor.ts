import { answer, api, type Schema } from './http';
import type { TransferTarget } from './conversations';
import type { Message } from './workbench';

export type LiveConversation = Schema<'LiveConversation'>;

/** A change to the monitor's list over STOMP: the row as it is now, none once the conversation ended. */
export interface MonitorEvent {
  conversationId: number;
  conversation?: LiveConversation | null;
}

export const MONITOR_LIST_TOPIC = '/topic/monitor/conversations';

export function monitorTranscriptTopic(conversationId: number): string {
  return `${MONITOR_LIST_TOPIC}/${conversationId}`;
}

export function fetchLiveConversations(): Promise<LiveConversation[]> {
  return answer(api.GET('/api/monitor/conversations'));
}

export function fetchMonitoredTranscript(id: number): Promise<Message[]> {
  return answer(api.GET('/api/monitor/conversations/{id}/messages', { params: { path: { id } } }));
}

export function sendSupervisorNote(id: number, text: string): Promise<void> {
  return answer(
    api.POST('/api/monitor/conversations/{id}/notes', { params: { path: { id } }, body: { text } }),
  );
}

export function takeOver(id: number): Promise<void> {
  return answer(api.POST('/api/monitor/conversations/{id}/take-over', { params: { path: { id } } }));
}

export function transferAsSupervisor(id: number, target: TransferTarget, note: string): Promise<void> {
  return answer(
    api.POST('/api/monitor/conversations/{id}/transfer', {
      params: { path: { id } },
      body: { ...target, note },
    }),
  );
}
