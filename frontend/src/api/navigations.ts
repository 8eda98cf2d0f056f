import { request } from './client';

export interface NavigationEntry {
  id: number;
  parentId: number | null;
  number: number;
  label: string;
  clickKey: string | null;
  queueId: number | null;
  prompt: string | null;
}

export interface Navigation {
  id: number;
  name: string;
  greeting: string;
  maxInvalidAnswers: number;
  defaultQueueId: number;
  entries: NavigationEntry[];
}

/** An entry as created: it leads to a queue or to a sub-menu of its own entries. */
export interface EntryDraft {
  number: number;
  label: string;
  clickKey: string | null;
  queueId: number | null;
  prompt: string | null;
  entries: EntryDraft[];
}

export interface NavigationDraft {
  name: string;
  greeting: string;
  maxInvalidAnswers: number;
  defaultQueueId: number | null;
  entries: EntryDraft[];
}

export interface AccountRouting {
  accountId: number;
  queueId: number | null;
  navigationId: number | null;
}

export function listNavigations(): Promise<Navigation[]> {
  return request<Navigation[]>('GET', '/api/admin/navigations');
}

export function createNavigation(draft: NavigationDraft): Promise<Navigation> {
  return request<Navigation>('POST', '/api/admin/navigations', draft);
}

export function getAccountRouting(accountId: number): Promise<AccountRouting> {
  return request<AccountRouting>('GET', `/api/admin/accounts/${accountId}/routing`);
}

export function setAccountRouting(accountId: number, queueId: number | null, navigationId: number | null) {
  return request<AccountRouting>('PUT', `/api/admin/accounts/${accountId}/routing`, { queueId, navigationId });
}
