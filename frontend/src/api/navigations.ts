import { answer, api, type Schema } from './http';

export type NavigationEntry = Schema<'Entry'>;
export type Navigation = Schema<'Navigation'>;
export type EntryDraft = Schema<'EntryRequest'>;
export type NavigationDraft = Schema<'NavigationRequest'>;
export type AccountRouting = Schema<'AccountRouting'>;

const byId = (id: number) => ({ params: { path: { id } } });
const byAccount = (accountId: number) => ({ params: { path: { accountId } } });

export function listNavigations(): Promise<Navigation[]> {
  return answer(api.GET('/api/admin/navigations'));
}

export function createNavigation(draft: NavigationDraft): Promise<Navigation> {
  return answer(api.POST('/api/admin/navigations', { body: draft }));
}

export function updateNavigation(id: number, draft: NavigationDraft): Promise<Navigation> {
  return answer(api.PUT('/api/admin/navigations/{id}', { ...byId(id), body: draft }));
}

export function deleteNavigation(id: number): Promise<void> {
  return answer(api.DELETE('/api/admin/navigations/{id}', byId(id)));
}

export function getAccountRouting(accountId: number): Promise<AccountRouting> {
  return answer(api.GET('/api/admin/accounts/{accountId}/routing', byAccount(accountId)));
}

/** Exactly one of queueId and navigationId; no familiar window keeps the desk's default. */
export function setAccountRouting(
  accountId: number,
  routing: { queueId: number | null; navigationId: number | null; familiarWindowMinutes: number | null },
): Promise<AccountRouting> {
  return answer(
    api.PUT('/api/admin/accounts/{accountId}/routing', {
      ...byAccount(accountId),
      body: {
        queueId: routing.queueId ?? undefined,
        navigationId: routing.navigationId ?? undefined,
        familiarWindowMinutes: routing.familiarWindowMinutes ?? undefined,
      },
    }),
  );
}
