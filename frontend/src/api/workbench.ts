import { answer, api, type Schema } from './http';

export type Presence = Schema<'Presence'>;
export type PresenceStatus = Presence['status'];
export type ConversationSummary = Schema<'ConversationSummary'>;
export type ConversationStatus = ConversationSummary['status'];
/** How the fan reaches the desk: WeChat's customer-service messages, or the desk's own H5 chat page. */
export type ConversationChannel = NonNullable<ConversationSummary['channel']>;
export type Delivery = Schema<'MessageDelivery'>;
export type DeliveryStatus = Delivery['status'];
/** A conversation line; kind is open-ended on purpose (TEXT, IMAGE, VOICE, …, RATING). */
export type Message = Schema<'MessageView'>;
export type MessageDirection = Message['direction'];
export type Workbench = Schema<'Workbench'>;
/** Increasing per agent. */
export type WorkbenchEvent = Schema<'WorkbenchEvent'>;
export type WorkbenchEventType = WorkbenchEvent['type'];
/** A queue to transfer to, with its other online agents and their load. */
export type TransferTargetQueue = Schema<'TargetQueue'>;

export function fetchWorkbench(): Promise<Workbench> {
  return answer(api.GET('/api/workbench'));
}

export function fetchEventsAfter(eventId: number): Promise<WorkbenchEvent[]> {
  return answer(api.GET('/api/workbench/events', { params: { query: { after: eventId } } }));
}

export function listTransferTargets(): Promise<TransferTargetQueue[]> {
  return answer(api.GET('/api/transfer-targets'));
}

export function updatePresence(status: PresenceStatus, maxConcurrent: number): Promise<Presence> {
  return answer(api.PUT('/api/agents/me/presence', { body: { status, maxConcurrent } }));
}
