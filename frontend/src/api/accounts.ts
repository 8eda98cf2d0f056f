import { ApiError, request } from './client';

export interface AccountStatus {
  handshakeAt: string | null;
  lastMessageAt: string | null;
  tokenOkAt: string | null;
  lastError: string | null;
}

/** How the H5 chat page learns who the visitor is: WeChat's web authorization (网页授权), or not at all. */
export type H5Authorization = 'NONE' | 'BASE' | 'USERINFO';

export const H5_AUTHORIZATIONS: readonly H5Authorization[] = ['NONE', 'BASE', 'USERINFO'];

export interface Account {
  id: number;
  name: string;
  originalId: string;
  appId: string;
  tokenSet: boolean;
  appSecretSet: boolean;
  encodingAesKeySet: boolean;
  previousEncodingAesKeySet: boolean;
  pushUrl: string;
  status: AccountStatus;
  /** The link for the account's custom menu that opens the H5 chat page. */
  h5ChatUrl: string;
  h5Authorization: H5Authorization;
}

export interface NewAccount {
  name: string;
  originalId: string;
  appId: string;
  appSecret: string;
  token: string;
  encodingAesKey: string;
}

/** The server takes BASE when the H5 authorization is left out. */
export type AccountRequest = NewAccount & { h5Authorization?: H5Authorization };

export interface GeneratedSecrets {
  token: string;
  encodingAesKey: string;
}

export interface Verification {
  ok: boolean;
  error: string | null;
}

const BASE = '/api/admin/accounts';

export function listAccounts(): Promise<Account[]> {
  return request<Account[]>('GET', BASE);
}

export function generateSecrets(): Promise<GeneratedSecrets> {
  return request<GeneratedSecrets>('POST', `${BASE}/generated-secrets`);
}

export function createAccount(account: AccountRequest): Promise<Account> {
  return request<Account>('POST', BASE, account);
}

export function verifyAccount(id: number): Promise<Verification> {
  return request<Verification>('POST', `${BASE}/${id}/verification`);
}

export function rotateEncodingAesKey(id: number, encodingAesKey: string): Promise<Account> {
  return request<Account>('PUT', `${BASE}/${id}/encoding-aes-key`, { encodingAesKey });
}

export function removePreviousEncodingAesKey(id: number): Promise<Account> {
  return request<Account>('DELETE', `${BASE}/${id}/previous-encoding-aes-key`);
}

export function setH5Authorization(id: number, h5Authorization: H5Authorization): Promise<Account> {
  return request<Account>('PUT', `${BASE}/${id}/h5-authorization`, { h5Authorization });
}

/** The file WeChat fetches from the root of a web-authorization domain (网页授权域名), served by the desk. */
export interface DomainVerificationFile {
  fileName: string;
  content: string;
}

/** The account's uploaded verification file, or null when there is none. */
export async function getDomainVerification(id: number): Promise<DomainVerificationFile | null> {
  try {
    return await request<DomainVerificationFile>('GET', `${BASE}/${id}/domain-verification`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function saveDomainVerification(
  id: number,
  file: DomainVerificationFile,
): Promise<DomainVerificationFile> {
  return request<DomainVerificationFile>('PUT', `${BASE}/${id}/domain-verification`, file);
}

export function removeDomainVerification(id: number): Promise<void> {
  return request<void>('DELETE', `${BASE}/${id}/domain-verification`);
}
