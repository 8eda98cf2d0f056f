import { ApiError } from './client';
import { answer, api, type Schema } from './http';

export type Account = Schema<'AccountView'>;
export type AccountStatus = Schema<'AccountStatus'>;
/** How the H5 chat page learns who the visitor is: WeChat's web authorization (网页授权), or not at all. */
export type H5Authorization = Account['h5Authorization'];
/** The server takes BASE when the H5 authorization is left out. */
export type AccountRequest = Schema<'AccountRequest'>;
export type NewAccount = Omit<AccountRequest, 'h5Authorization'>;
/** Name, and AppSecret and Token when they change (empty keeps the stored one). */
export type AccountEdit = Schema<'AccountEdit'>;
export type AccountState = Account['state'];
export type GeneratedSecrets = Schema<'GeneratedSecrets'>;
export type Verification = Schema<'Verification'>;
/** The file WeChat fetches from the root of a web-authorization domain (网页授权域名), served by the desk. */
export type DomainVerificationFile = Schema<'VerificationFile'>;

export const H5_AUTHORIZATIONS: readonly H5Authorization[] = ['NONE', 'BASE', 'USERINFO'];

const byId = (id: number) => ({ params: { path: { id } } });
const byAccountId = (accountId: number) => ({ params: { path: { accountId } } });

export function listAccounts(): Promise<Account[]> {
  return answer(api.GET('/api/admin/accounts'));
}

export function generateSecrets(): Promise<GeneratedSecrets> {
  return answer(api.POST('/api/admin/accounts/generated-secrets'));
}

export function createAccount(account: AccountRequest): Promise<Account> {
  return answer(api.POST('/api/admin/accounts', { body: account }));
}

export function editAccount(id: number, edit: AccountEdit): Promise<Account> {
  return answer(api.PUT('/api/admin/accounts/{id}', { ...byId(id), body: edit }));
}

export function setAccountEnabled(id: number, enabled: boolean): Promise<Account> {
  return answer(api.PUT('/api/admin/accounts/{id}/enabled', { ...byId(id), body: { enabled } }));
}

/** Wipes the credentials; the account's conversations stay in history. */
export function unbindAccount(id: number): Promise<void> {
  return answer(api.DELETE('/api/admin/accounts/{id}', byId(id)));
}

export function verifyAccount(id: number): Promise<Verification> {
  return answer(api.POST('/api/admin/accounts/{id}/verification', byId(id)));
}

export function rotateEncodingAesKey(id: number, encodingAesKey: string): Promise<Account> {
  return answer(
    api.PUT('/api/admin/accounts/{id}/encoding-aes-key', { ...byId(id), body: { encodingAesKey } }),
  );
}

export function removePreviousEncodingAesKey(id: number): Promise<Account> {
  return answer(api.DELETE('/api/admin/accounts/{id}/previous-encoding-aes-key', byId(id)));
}

export function setH5Authorization(id: number, h5Authorization: H5Authorization): Promise<Account> {
  return answer(
    api.PUT('/api/admin/accounts/{id}/h5-authorization', { ...byId(id), body: { h5Authorization } }),
  );
}

/** The account's uploaded verification file, or null when there is none. */
export async function getDomainVerification(id: number): Promise<DomainVerificationFile | null> {
  try {
    return await answer(api.GET('/api/admin/accounts/{accountId}/domain-verification', byAccountId(id)));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function saveDomainVerification(
  id: number,
  file: DomainVerificationFile,
): Promise<DomainVerificationFile> {
  return answer(
    api.PUT('/api/admin/accounts/{accountId}/domain-verification', { ...byAccountId(id), body: file }),
  );
}

export function removeDomainVerification(id: number): Promise<void> {
  return answer(api.DELETE('/api/admin/accounts/{accountId}/domain-verification', byAccountId(id)));
}
