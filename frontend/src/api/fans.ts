import { answer, api, type Schema } from './http';

export type TagSyncState = Schema<'TagSyncState'>;
export type TagSyncStatus = TagSyncState['status'];
export type FanTags = Schema<'FanTagsView'>;
export type CatalogueTag = Schema<'FanTag'>;
export type QuotaStatus = Schema<'QuotaStatus'>;
export type PastConversation = Schema<'PastConversation'>;
/** A message an agent sent from the fan list, outside any conversation. */
export type ProactiveMessage = Schema<'ProactiveMessage'>;
/** Absent fields are unknown: WeChat gives no region and often no nickname or avatar. */
export type VisitorProfile = Schema<'VisitorProfile'>;
export type FanListItem = Schema<'FanListItem'>;
/** Why WeChat would refuse a proactive message now. */
export type SendRefusal = NonNullable<FanListItem['sendRefusal']>;
export type FanPage = Schema<'FanPage'>;
export type StartedConversation = Schema<'StartedConversation'>;

export interface FanSearch {
  accountId?: number;
  q?: string;
  tag?: string;
  page: number;
  size: number;
}

export function fetchVisitor(conversationId: number): Promise<VisitorProfile> {
  return answer(api.GET('/api/conversations/{id}/visitor', { params: { path: { id: conversationId } } }));
}

export function fetchTagCatalogue(accountId: number): Promise<CatalogueTag[]> {
  return answer(api.GET('/api/fan-tags', { params: { query: { accountId } } }));
}

export function fetchFanTags(fanId: number): Promise<FanTags> {
  return answer(api.GET('/api/fans/{fanId}/tags', { params: { path: { fanId } } }));
}

/** Gives the fan exactly these tags; new names join the account's catalogue. */
export function saveFanTags(fanId: number, tags: string[]): Promise<FanTags> {
  return answer(api.PUT('/api/fans/{fanId}/tags', { params: { path: { fanId } }, body: { tags } }));
}

export function retryTagSync(fanId: number): Promise<FanTags> {
  return answer(api.POST('/api/fans/{fanId}/tags/sync', { params: { path: { fanId } } }));
}

/** Empty criteria are left out of the query, so that they do not narrow the search. */
export function searchFans({ accountId, q, tag, page, size }: FanSearch): Promise<FanPage> {
  return answer(
    api.GET('/api/fans', {
      params: { query: { accountId, q: q || undefined, tag: tag || undefined, page, size } },
    }),
  );
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
  return answer(
    api.POST('/api/fans/{fanId}/conversations', {
      params: { path: { fanId } },
      body: { text, idempotencyKey },
    }),
  );
}
