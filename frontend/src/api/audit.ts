import { request } from './client';

export const AUDIT_TARGETS = [
  'ACCOUNT',
  'ACCOUNT_ROUTING',
  'FLOW_SETTINGS',
  'QUEUE',
  'AGENT',
  'USER',
  'CUSTOMER',
  'NAVIGATION',
  'RULE_SET',
  'PROCESS',
  'CUSTOM_MENU',
] as const;

export type AuditTarget = (typeof AUDIT_TARGETS)[number];

export interface AuditEntry {
  id: number;
  actor: string;
  at: string;
  action: string;
  targetType: AuditTarget;
  targetId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  page: number;
  size: number;
  total: number;
}

export function listAudit(page: number, size: number, targetType: AuditTarget | null): Promise<AuditPage> {
  const query = new URLSearchParams({ page: String(page), size: String(size) });
  if (targetType) query.set('targetType', targetType);
  return request<AuditPage>('GET', `/api/admin/audit?${query.toString()}`);
}
