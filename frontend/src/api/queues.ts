import { request } from './client';

export type QueueStrategy = 'ROUND_ROBIN' | 'RANDOM' | 'LEAST_LOADED' | 'SKILL_FIRST';

export const QUEUE_STRATEGIES: QueueStrategy[] = ['ROUND_ROBIN', 'RANDOM', 'LEAST_LOADED', 'SKILL_FIRST'];

export interface Queue {
  id: number;
  name: string;
  strategy: QueueStrategy;
  requiredSkill: string | null;
  waiting: number;
}

export interface QueueChange {
  name: string;
  strategy: QueueStrategy;
  requiredSkill: string | null;
}

const BASE = '/api/admin/queues';

export function listQueues(): Promise<Queue[]> {
  return request<Queue[]>('GET', BASE);
}

export function createQueue(queue: QueueChange): Promise<Queue> {
  return request<Queue>('POST', BASE, queue);
}

export function updateQueue(id: number, queue: QueueChange): Promise<Queue> {
  return request<Queue>('PUT', `${BASE}/${id}`, queue);
}

export function deleteQueue(id: number): Promise<void> {
  return request<void>('DELETE', `${BASE}/${id}`);
}
