import type { Translate } from './I18nProvider';

const ROLE_LABELS = {
  ADMIN: 'ac.agents.role.ADMIN',
  AGENT: 'ac.agents.role.AGENT',
  SUPERVISOR: 'ac.agents.role.SUPERVISOR',
} as const;

/** A desk role in words (管理员, 座席, 班长); a role this UI does not know yet keeps its name. */
export function roleLabel(role: string, t: Translate): string {
  return role in ROLE_LABELS ? t(ROLE_LABELS[role as keyof typeof ROLE_LABELS]) : role;
}
