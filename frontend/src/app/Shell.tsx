import type { ReactNode } from 'react';
import { NavLink, Navigate, Route, Routes } from 'react-router';
import type { User } from '../api/auth';
import { AccountsPage } from '../features/admin/accounts/AccountsPage';
import { ADMIN_PATH, AdminArea, adminScreenRoutes } from '../features/admin/AdminArea';
import { FanListPage } from '../features/fans/FanListPage';
import { HISTORY_PATH, HistoryPage } from '../features/history/HistoryPage';
import { MONITOR_PATH, MonitorPage } from '../features/monitor/MonitorPage';
import { REPORTS_PATH, ReportsPage } from '../features/reports/ReportsPage';
import { WALLBOARD_PATH, WallboardPage } from '../features/reports/WallboardPage';
import { Workbench } from '../features/workbench/Workbench';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/I18nProvider';
import { CockpitDenied } from './CockpitDenied';
import { useConfirmedLogout } from './useConfirmedLogout';

interface Screen {
  path: string;
  label: MessageKey;
  element: ReactNode;
  allowed: (user: User) => boolean;
  /** The route's own pattern where it takes more than the path, e.g. the workbench's conversation. */
  pattern?: string;
  /** The admin screens, nested below their area. */
  children?: ReactNode;
}

const isAdmin = (user: User) => user.roles.includes('ADMIN');
const oversees = (user: User) => user.roles.includes('SUPERVISOR') || isAdmin(user);
const servesFans = (user: User) => user.roles.includes('AGENT') || oversees(user);

/** Every screen of the desk; the history shows what the user may read, so it takes the user. */
const screensOf = (user: User): Screen[] => [
  { path: '/accounts', label: 'nav.accounts', element: <AccountsPage />, allowed: isAdmin },
  {
    path: ADMIN_PATH,
    label: 'ac.menu.admin',
    element: <AdminArea />,
    allowed: isAdmin,
    children: adminScreenRoutes(),
  },
  {
    path: '/workbench',
    label: 'nav.workbench',
    element: <Workbench />,
    allowed: servesFans,
    pattern: '/workbench/:conversationId?',
  },
  { path: MONITOR_PATH, label: 'nav.monitor', element: <MonitorPage />, allowed: oversees },
  { path: REPORTS_PATH, label: 'nav.reports', element: <ReportsPage />, allowed: oversees },
  { path: WALLBOARD_PATH, label: 'nav.wallboard', element: <WallboardPage />, allowed: oversees },
  { path: '/fans', label: 'nav.fans', element: <FanListPage />, allowed: servesFans },
  {
    path: HISTORY_PATH,
    label: 'nav.history',
    element: <HistoryPage user={user} />,
    allowed: servesFans,
  },
];

/** The desk's frame: the screens the user's roles allow, each at its own address (#/admin/queues...). */
export function Shell({ user, onLogout }: { user: User; onLogout: () => void }) {
  const t = useT();
  const confirmedLogout = useConfirmedLogout(user, onLogout);
  const screens = screensOf(user).filter((screen) => screen.allowed(user));
  // Unknown or forbidden paths, including the home route "/", show the user's first screen.
  const home = screens[0] ? <Navigate to={screens[0].path} replace /> : <p>{t('shell.noRole')}</p>;

  return (
    <div className="shell">
      <header className="header">
        <span className="brand">{t('app.name')}</span>
        <nav className="nav">
          {screens.map((screen) => (
            <NavLink key={screen.path} to={screen.path}>
              {t(screen.label)}
            </NavLink>
          ))}
        </nav>
        <span className="user">{user.displayName}</span>
        <LanguageSwitch />
        <button type="button" onClick={() => void confirmedLogout()}>
          {t('shell.logout')}
        </button>
      </header>
      <main className="content">
        <Routes>
          {screens.map((screen) => (
            <Route key={screen.path} path={screen.pattern ?? screen.path} element={screen.element}>
              {screen.children}
            </Route>
          ))}
          <Route path="/denied/cockpit" element={<CockpitDenied />} />
          <Route path="*" element={home} />
        </Routes>
      </main>
    </div>
  );
}
