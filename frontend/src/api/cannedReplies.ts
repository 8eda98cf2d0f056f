import { request } from './client';

export interface CannedReply {
  id: number;
  title: string;
  text: string;
  /** Shared replies are visible to every agent; the others only to their author. */
  shared: boolean;
}

export type NewCannedReply = Omit<CannedReply, 'id'>;

export function listCannedReplies(): Promise<CannedReply[]> {
  return request<CannedReply[]>('GET', '/api/canned-replies');
}

export function createCannedReply(reply: NewCannedReply): Promise<void> {
  return request<void>('POST', '/api/canned-replies', reply);
}

export function deleteCannedReply(id: number): Promise<void> {
  return request<void>('DELETE', `/api/canned-replies/${id}`);
}
