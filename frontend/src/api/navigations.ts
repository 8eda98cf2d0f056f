import { request } from './client';

/** The server leaves out fields that are null: parentId on the main menu, queueId on a sub-menu's entry. */
export interface NavigationEntry {
  id: number;
  parentId?: number | null;
  number: number;
  label: string;
  clickKey?: string | null;
  queueId?: number | null;
  prompt?: string | null;
}

export interface Navigation {
  id: number;
  name: string;
  greeting: string;
  maxInvalidAnswers: number;
  defaultQueueId: number;
  entries: NavigationEntry[];
}

/** An entry as created or edited: it leads to a queue or to a sub-menu of its own entries. */
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

/** Replaces the navigation and its whole menu tree; entries get new ids. */
export function updateNavigation(id: number, draft: NavigationDraft): Promise<Navigation> {
  return request<Navigation>('PUT', `/api/admin/navigations/${id}`, draft);
}

/** Refused with 409 while an account's routing uses the navigation; the message names the accounts. */
export function deleteNavigation(id: number): Promise<void> {
  return request<void>('DELETE', `/api/admin/navigations/${id}`);
}

export function getAccountRouting(accountId: number): Promise<AccountRouting> {
  return request<AccountRouting>('GET', `/api/admin/accounts/${accountId}/routing`);
}

export function setAccountRouting(accountId: number, queueId: number | null, navigationId: number | null) {
  return request<AccountRouting>('PUT', `/api/admin/accounts/${accountId}/routing`, {
    queueId,
    navigationId,
  });
}
