import { request } from './client';
import type { DeliveryStatus } from './workbench';

export type TagSyncStatus = 'SYNCED' | 'PENDING' | 'FAILED';

export interface TagSyncState {
  status: TagSyncStatus;
  attempts: number;
  lastError?: string | null;
  syncedAt?: string | null;
}

export interface FanTags {
  fanId: number;
  tags: string[];
  sync: TagSyncState;
}

export interface CatalogueTag {
  id: number;
  accountId: number;
  name: string;
  wechatTagId?: number | null;
}

export interface QuotaStatus {
  windowKind?: 'MESSAGE' | 'INTERACTION' | null;
  windowEndsAt?: string | null;
  limit: number;
  sent: number;
  remaining: number;
}

/** Why WeChat would refuse a proactive message now. */
export type SendRefusal = 'WINDOW_CLOSED' | 'QUOTA_SPENT' | 'WEB_VISITOR';

export interface PastConversation {
  id: number;
  startedAt: string;
  endedAt?: string | null;
  agentUsername?: string | null;
  endReason?: string | null;
  rating?: number | null;
  ratingLabel?: string | null;
  solved?: boolean | null;
}

/** A message an agent sent from the fan list, outside any conversation. */
export interface ProactiveMessage {
  id: number;
  kind: string;
  text?: string | null;
  requestedBy: string;
  status: DeliveryStatus;
  createdAt: string;
}

/** Absent fields are unknown: WeChat gives no region and often no nickname or avatar. */
export interface VisitorProfile {
  fanId: number;
  accountId: number;
  openid: string;
  nickname?: string | null;
  avatarUrl?: string | null;
  region?: string | null;
  subscribed: boolean;
  firstSeenAt: string;
  tags: FanTags;
  owner?: { id: number; username: string; displayName: string } | null;
  vip: boolean;
  designated: boolean;
  quota: QuotaStatus;
  earlierConversations: PastConversation[];
  proactiveMessages: ProactiveMessage[];
}

export interface FanListItem {
  id: number;
  accountId: number;
  openid: string;
  nickname?: string | null;
  avatarUrl?: string | null;
  subscribed: boolean;
  lastMessageAt?: string | null;
  tags: string[];
  quota: QuotaStatus;
  sendRefusal?: SendRefusal | null;
  /** Who has the fan's open conversation, if any. */
  servingAgent?: string | null;
}

export interface FanPage {
  items: FanListItem[];
  total: number;
  page: number;
  size: number;
}

export interface FanSearch {
  q?: string;
  tag?: string;
  page: number;
  size: number;
}

export function fetchVisitor(conversationId: number): Promise<VisitorProfile> {
  return request<VisitorProfile>('GET', `/api/conversations/${conversationId}/visitor`);
}

export function fetchTagCatalogue(accountId: number): Promise<CatalogueTag[]> {
  return request<CatalogueTag[]>('GET', `/api/fan-tags?accountId=${accountId}`);
}

export function fetchFanTags(fanId: number): Promise<FanTags> {
  return request<FanTags>('GET', `/api/fans/${fanId}/tags`);
}

/** Gives the fan exactly these tags; new names join the account's catalogue. */
export function saveFanTags(fanId: number, tags: string[]): Promise<FanTags> {
  return request<FanTags>('PUT', `/api/fans/${fanId}/tags`, { tags });
}

export function retryTagSync(fanId: number): Promise<FanTags> {
  return request<FanTags>('POST', `/api/fans/${fanId}/tags/sync`);
}

export function searchFans(search: FanSearch): Promise<FanPage> {
  const params = new URLSearchParams({ page: String(search.page), size: String(search.size) });
  if (search.q) params.set('q', search.q);
  if (search.tag) params.set('tag', search.tag);
  return request<FanPage>('GET', `/api/fans?${params.toString()}`);
}

export interface StartedConversation {
  conversationId: number;
  agentUsername: string;
}

/**
 * Starts a conversation with the fan, served by the current agent, with this first text. Refused with
 * 409 and a reason code (see StartRefusal) when WeChat's window is closed, the fan is already in a
 * conversation, or the agent cannot take another visitor. A retry with the same key returns the same one.
 */
export function startConversation(
  fanId: number,
  text: string,
  idempotencyKey: string,
): Promise<StartedConversation> {
  return request<StartedConversation>('POST', `/api/fans/${fanId}/conversations`, { text, idempotencyKey });
}
