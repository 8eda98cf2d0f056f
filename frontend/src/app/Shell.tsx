import type { ReactNode } from 'react';
import type { User } from '../api/auth';
import { AccountsPage } from '../features/admin/accounts/AccountsPage';
import { ADMIN_PATH, AdminArea } from '../features/admin/AdminArea';
import { FanListPage } from '../features/fans/FanListPage';
import { HISTORY_PATH, HistoryPage } from '../features/history/HistoryPage';
import { Workbench } from '../features/workbench/Workbench';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/I18nProvider';
import { useConfirmedLogout } from './useConfirmedLogout';
import { useHashPath } from './useHashPath';

interface Route {
  path: string;
  label: MessageKey;
  render: (user: User) => ReactNode;
  allowed: (user: User) => boolean;
}

const ROUTES: Route[] = [
  {
    path: '/accounts',
    label: 'nav.accounts',
    render: () => <AccountsPage />,
    allowed: (user) => user.roles.includes('ADMIN'),
  },
  {
    path: ADMIN_PATH,
    label: 'ac.menu.admin',
    render: () => <AdminArea />,
    allowed: (user) => user.roles.includes('ADMIN'),
  },
  {
    path: '/workbench',
    label: 'nav.workbench',
    render: () => <Workbench />,
    allowed: (user) => user.roles.includes('AGENT') || user.roles.includes('ADMIN'),
  },
  {
    path: '/fans',
    label: 'nav.fans',
    render: () => <FanListPage />,
    allowed: (user) => user.roles.includes('AGENT') || user.roles.includes('ADMIN'),
  },
  {
    path: HISTORY_PATH,
    label: 'nav.history',
    render: (user) => <HistoryPage user={user} />,
    allowed: (user) => user.roles.includes('AGENT') || user.roles.includes('ADMIN'),
  },
];

export function Shell({ user, onLogout }: { user: User; onLogout: () => void }) {
  const t = useT();
  const path = useHashPath();
  const confirmedLogout = useConfirmedLogout(user, onLogout);
  const routes = ROUTES.filter((route) => route.allowed(user));
  // Unknown or forbidden paths, including the home route "/", show the user's first screen.
  const current =
    routes.find((route) => route.path === path || path.startsWith(`${route.path}/`)) ?? routes[0];

  return (
    <div className="shell">
      <header className="header">
        <span className="brand">{t('app.name')}</span>
        <nav className="nav">
          {routes.map((route) => (
            <a key={route.path} href={`#${route.path}`} aria-current={route === current ? 'page' : undefined}>
              {t(route.label)}
            </a>
          ))}
        </nav>
        <span className="user">{user.displayName}</span>
        <LanguageSwitch />
        <button type="button" onClick={() => void confirmedLogout()}>
          {t('shell.logout')}
        </button>
      </header>
      <main className="content">{current ? current.render(user) : <p>{t('shell.noRole')}</p>}</main>
    </div>
  );
}
