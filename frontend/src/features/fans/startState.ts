import { ApiError } from '../../api/client';
import type { FanListItem } from '../../api/fans';
import { sendState } from './sendState';

/** Why an agent cannot start a conversation with a fan. */
export const START_REFUSALS = [
  'WINDOW_CLOSED',
  'QUOTA_SPENT',
  'WEB_VISITOR',
  'CONVERSATION_OPEN',
  'AGENT_OFFLINE',
  'AGENT_AT_LIMIT',
  'NOT_AN_AGENT',
  'NO_QUEUE',
] as const;

export type StartRefusal = (typeof START_REFUSALS)[number];

/**
 * What the list already knows before asking the server: WeChat's window (rechecked against the clock)
 * and whether the fan is in a conversation with an agent. The agent's own presence is the server's call.
 */
export function startRefusal(fan: FanListItem, now: Date): StartRefusal | null {
  const state = sendState(fan.quota, fan.sendRefusal, now);
  if (!state.allowed) return state.reason;
  return fan.servingAgent ? 'CONVERSATION_OPEN' : null;
}

/** The refusals the server answers with 409, by their error code (docs/api-errors.md). */
const REFUSAL_BY_CODE: Record<string, StartRefusal> = {
  'fan.windowClosed': 'WINDOW_CLOSED',
  'fan.quotaSpent': 'QUOTA_SPENT',
  'fan.webVisitor': 'WEB_VISITOR',
  'conversation.alreadyOpen': 'CONVERSATION_OPEN',
  'conversation.agentOffline': 'AGENT_OFFLINE',
  'conversation.agentAtLimit': 'AGENT_AT_LIMIT',
  'conversation.notAnAgent': 'NOT_AN_AGENT',
  'conversation.noQueue': 'NO_QUEUE',
};

/** The refusal of a 409 answer, or null for any other failure. */
export function refusalOf(error: unknown): StartRefusal | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return REFUSAL_BY_CODE[error.code] ?? null;
}
