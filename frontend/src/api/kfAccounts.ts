import { answer, api, type Schema } from './http';

export type KfAccounts = Schema<'KfAccounts'>;
export type KfSettings = Schema<'KfSettings'>;
export type AgentKfAccount = Schema<'AgentKfAccount'>;

const byAccount = (accountId: number) => ({ params: { path: { accountId } } });

export function loadKfAccounts(accountId: number): Promise<KfAccounts> {
  return answer(api.GET('/api/admin/accounts/{accountId}/kf-accounts', byAccount(accountId)));
}

export function saveKfSettings(accountId: number, settings: KfSettings): Promise<KfAccounts> {
  return answer(
    api.PUT('/api/admin/accounts/{accountId}/kf-accounts', { ...byAccount(accountId), body: settings }),
  );
}

export function syncKfAccounts(accountId: number): Promise<KfAccounts> {
  return answer(api.POST('/api/admin/accounts/{accountId}/kf-accounts/sync', byAccount(accountId)));
}
