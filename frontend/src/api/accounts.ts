import { request } from './client';

export interface AccountStatus {
  handshakeAt: string | null;
  lastMessageAt: string | null;
  tokenOkAt: string | null;
  lastError: string | null;
}

export interface Account {
  id: number;
  name: string;
  originalId: string;
  appId: string;
  token: string;
  appSecretSet: boolean;
  encodingAesKeySet: boolean;
  previousEncodingAesKeySet: boolean;
  pushUrl: string;
  status: AccountStatus;
}

export interface NewAccount {
  name: string;
  originalId: string;
  appId: string;
  appSecret: string;
  token: string;
  encodingAesKey: string;
}

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

export function createAccount(account: NewAccount): Promise<Account> {
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
