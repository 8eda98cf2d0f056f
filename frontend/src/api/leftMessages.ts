import { answer, api, type Schema } from './http';

/** A message a fan left when nobody could answer (留言), a to-do of the account's agents. */
export type LeftMessage = Schema<'LeftMessageView'>;
export type LeftMessageStatus = LeftMessage['status'];

const byId = (id: number) => ({ params: { path: { id } } });

export function listLeftMessages(): Promise<LeftMessage[]> {
  return answer(api.GET('/api/left-messages'));
}

export function claimLeftMessage(id: number): Promise<LeftMessage> {
  return answer(api.POST('/api/left-messages/{id}/claim', byId(id)));
}

export function markLeftMessageDone(id: number): Promise<LeftMessage> {
  return answer(api.POST('/api/left-messages/{id}/done', byId(id)));
}

export function answerLeftMessage(id: number, text: string, idempotencyKey: string): Promise<LeftMessage> {
  return answer(api.POST('/api/left-messages/{id}/answer', { ...byId(id), body: { text, idempotencyKey } }));
}
