import { answer, api, type Schema } from './http';

export type AuditEntry = Schema<'AuditEntry'>;
export type AuditPage = Schema<'AuditPage'>;
export type AuditTarget = AuditEntry['targetType'];

export const AUDIT_TARGETS: readonly AuditTarget[] = [
  'ACCOUNT',
  'ACCOUNT_ROUTING',
  'FLOW_SETTINGS',
  'WORKING_HOURS',
  'QUEUE',
  'AGENT',
  'USER',
  'CUSTOMER',
  'NAVIGATION',
  'RULE_SET',
  'PROCESS',
  'CUSTOM_MENU',
  'CONVERSATION',
];

export function listAudit(page: number, size: number, targetType: AuditTarget | null): Promise<AuditPage> {
  return answer(
    api.GET('/api/admin/audit', { params: { query: { page, size, targetType: targetType ?? undefined } } }),
  );
}
