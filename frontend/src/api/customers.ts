import { request } from './client';

export interface FanSummary {
  fan: { id: number; accountId: number; openid: string; subscribed: boolean; lastMessageAt: string | null };
}

export interface CustomerProfile {
  fanId: number;
  ownerAgentId: number | null;
  vip: boolean;
  designated: boolean;
}

export function listFans(accountId: number): Promise<FanSummary[]> {
  return request<FanSummary[]>('GET', `/api/fans?accountId=${accountId}&limit=200`);
}

export function getCustomer(fanId: number): Promise<CustomerProfile> {
  return request<CustomerProfile>('GET', `/api/admin/customers/${fanId}`);
}

export function saveCustomer(profile: CustomerProfile): Promise<CustomerProfile> {
  const { ownerAgentId, vip, designated } = profile;
  return request<CustomerProfile>('PUT', `/api/admin/customers/${profile.fanId}`, {
    ownerAgentId,
    vip,
    designated,
  });
}
