import type { ReactNode } from 'react';
import { useHashPath } from '../../app/useHashPath';
import './adminConfig.css';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { AgentsPage } from './agents/AgentsPage';
import { AuditPage } from './audit/AuditPage';
import { CustomersPage } from './customers/CustomersPage';
import { FlowSettingsPage } from './flow/FlowSettingsPage';
import { MenuEditorPage } from './menu/MenuEditorPage';
import { NavigationsPage } from './navigations/NavigationsPage';
import { ProcessesPage } from './processes/ProcessesPage';
import { QueuesPage } from './queues/QueuesPage';
import { RulesPage } from './rules/RulesPage';

export const ADMIN_PATH = '/admin';

interface Screen {
  path: string;
  label: MessageKey;
  render: () => ReactNode;
}

const SCREENS: Screen[] = [
  { path: 'flow', label: 'ac.menu.flow', render: () => <FlowSettingsPage /> },
  { path: 'queues', label: 'ac.menu.queues', render: () => <QueuesPage /> },
  { path: 'agents', label: 'ac.menu.agents', render: () => <AgentsPage /> },
  { path: 'customers', label: 'ac.menu.customers', render: () => <CustomersPage /> },
  { path: 'navigations', label: 'ac.menu.navigations', render: () => <NavigationsPage /> },
  { path: 'menu', label: 'nav.menu', render: () => <MenuEditorPage /> },
  { path: 'processes', label: 'nav.processes', render: () => <ProcessesPage /> },
  { path: 'rules', label: 'nav.rules', render: () => <RulesPage /> },
  { path: 'audit', label: 'ac.menu.audit', render: () => <AuditPage /> },
];

/** The admin's configuration screens behind one top-level entry, with a sub-navigation on the left. */
export function AdminArea() {
  const t = useT();
  const path = useHashPath();
  const current = SCREENS.find((screen) => path === `${ADMIN_PATH}/${screen.path}`) ?? SCREENS[0];
  return (
    <div className="admin-area">
      <nav className="admin-nav" aria-label={t('ac.menu.label')}>
        {SCREENS.map((screen) => (
          <a
            key={screen.path}
            href={`#${ADMIN_PATH}/${screen.path}`}
            aria-current={screen === current ? 'page' : undefined}
          >
            {t(screen.label)}
          </a>
        ))}
      </nav>
      <div className="admin-screen">{current.render()}</div>
    </div>
  );
}
