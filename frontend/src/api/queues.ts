import { answer, api, type Schema } from './http';

export type Queue = Schema<'QueueView'>;
export type QueueStrategy = Queue['strategy'];
export type QueueChange = Schema<'QueueRequest'>;

export const QUEUE_STRATEGIES: QueueStrategy[] = ['ROUND_ROBIN', 'RANDOM', 'LEAST_LOADED', 'SKILL_FIRST'];

export function listQueues(): Promise<Queue[]> {
  return answer(api.GET('/api/admin/queues'));
}

export function createQueue(queue: QueueChange): Promise<Queue> {
  return answer(api.POST('/api/admin/queues', { body: queue }));
}

export function updateQueue(id: number, queue: QueueChange): Promise<Queue> {
  return answer(api.PUT('/api/admin/queues/{id}', { params: { path: { id } }, body: queue }));
}

export function deleteQueue(id: number): Promise<void> {
  return answer(api.DELETE('/api/admin/queues/{id}', { params: { path: { id } } }));
}
