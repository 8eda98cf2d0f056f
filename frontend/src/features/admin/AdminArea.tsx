import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { NavLink, Navigate, Outlet, Route, useLocation } from 'react-router';
import './adminConfig.css';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { AgentsPage } from './agents/AgentsPage';
import { AuditPage } from './audit/AuditPage';
import { ComponentSettingsPage } from './component/ComponentSettingsPage';
import { CustomersPage } from './customers/CustomersPage';
import { FlowSettingsPage } from './flow/FlowSettingsPage';
import { WorkingHoursPage } from './hours/WorkingHoursPage';
import { KfAccountsPage } from './kf/KfAccountsPage';
import { MenuEditorPage } from './menu/MenuEditorPage';
import { NavigationsPage } from './navigations/NavigationsPage';
import { ProcessesPage } from './processes/ProcessesPage';
import { QueuesPage } from './queues/QueuesPage';
import { REPORTS_PATH } from '../reports/ReportsPage';
import { WALLBOARD_PATH } from '../reports/WallboardPage';
import { RulesPage } from './rules/RulesPage';

export const ADMIN_PATH = '/admin';

interface Screen {
  path: string;
  label: MessageKey;
  element: ReactNode;
}

const SCREENS: Screen[] = [
  { path: 'flow', label: 'ac.menu.flow', element: <FlowSettingsPage /> },
  { path: 'working-hours', label: 'ac.menu.hours', element: <WorkingHoursPage /> },
  { path: 'queues', label: 'ac.menu.queues', element: <QueuesPage /> },
  { path: 'agents', label: 'ac.menu.agents', element: <AgentsPage /> },
  { path: 'customers', label: 'ac.menu.customers', element: <CustomersPage /> },
  { path: 'navigations', label: 'ac.menu.navigations', element: <NavigationsPage /> },
  { path: 'menu', label: 'nav.menu', element: <MenuEditorPage /> },
  { path: 'kf-accounts', label: 'nav.kf', element: <KfAccountsPage /> },
  { path: 'component', label: 'ac.menu.component', element: <ComponentSettingsPage /> },
  { path: 'processes', label: 'nav.processes', element: <ProcessesPage /> },
  { path: 'rules', label: 'nav.rules', element: <RulesPage /> },
  { path: 'audit', label: 'ac.menu.audit', element: <AuditPage /> },
];

/** The admin screens' routes, nested below {@link ADMIN_PATH}; an unknown one opens the first. */
export function adminScreenRoutes(): ReactNode {
  return (
    <>
      {SCREENS.map((screen) => (
        <Route key={screen.path} path={screen.path} element={screen.element} />
      ))}
      {/* Their addresses before supervisors could see them too; a wall screen may still open these. */}
      <Route path="reports" element={<Navigate to={REPORTS_PATH} replace />} />
      <Route path="wallboard" element={<Navigate to={WALLBOARD_PATH} replace />} />
      <Route path="*" element={<Navigate to={SCREENS[0].path} replace />} />
      <Route index element={<Navigate to={SCREENS[0].path} replace />} />
    </>
  );
}

/** The admin's configuration screens behind one top-level entry, with a sub-navigation on the left. */
export function AdminArea() {
  const t = useT();
  const { pathname } = useLocation();
  const current = SCREENS.find((screen) => pathname === `${ADMIN_PATH}/${screen.path}`);
  return (
    <div className="admin-area">
      <nav aria-label={t('ac.menu.label')}>
        <Menu
          className="admin-nav"
          mode="inline"
          selectedKeys={current ? [current.path] : []}
          items={SCREENS.map((screen) => ({
            key: screen.path,
            label: <NavLink to={`${ADMIN_PATH}/${screen.path}`}>{t(screen.label)}</NavLink>,
          }))}
        />
      </nav>
      <div className="admin-screen">
        <Outlet />
      </div>
    </div>
  );
}
