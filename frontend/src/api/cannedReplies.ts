import { answer, api, type Schema } from './http';

/** Shared replies are visible to every agent; the others only to their author. */
export type CannedReply = Schema<'CannedReply'>;

export type NewCannedReply = Omit<CannedReply, 'id'>;

export function listCannedReplies(): Promise<CannedReply[]> {
  return answer(api.GET('/api/canned-replies'));
}

export async function createCannedReply(reply: NewCannedReply): Promise<void> {
  await api.POST('/api/canned-replies', { body: { id: 0, ...reply } });
}

export function deleteCannedReply(id: number): Promise<void> {
  return answer(api.DELETE('/api/canned-replies/{id}', { params: { path: { id } } }));
}
