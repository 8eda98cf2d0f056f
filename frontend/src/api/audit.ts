import { answer, api, type Schema } from './http';

export type AuditEntry = Schema<'AuditEntry'>;
export type AuditPage = Schema<'AuditPage'>;
export type AuditTarget = AuditEntry['targetType'];

/**
 * The audit screen's filter, in the order it lists them. Keyed by the server's enum, so a target
 * the server adds fails the typecheck until it is listed here (and worded in the messages).
 */
const TARGET_ORDER: Record<AuditTarget, number> = {
  ACCOUNT: 1,
  ACCOUNT_ROUTING: 2,
  WECHAT_COMPONENT: 3,
  FLOW_SETTINGS: 4,
  WORKING_HOURS: 5,
  QUEUE: 6,
  AGENT: 7,
  USER: 8,
  CUSTOMER: 9,
  NAVIGATION: 10,
  RULE_SET: 11,
  PROCESS: 12,
  CUSTOM_MENU: 13,
  CONVERSATION: 14,
};

export const AUDIT_TARGETS: readonly AuditTarget[] = (Object.keys(TARGET_ORDER) as AuditTarget[]).sort(
  (a, b) => TARGET_ORDER[a] - TARGET_ORDER[b],
);

export function listAudit(page: number, size: number, targetType: AuditTarget | null): Promise<AuditPage> {
  return answer(
    api.GET('/api/admin/audit', { params: { query: { page, size, targetType: targetType ?? undefined } } }),
  );
}
