import { useCallback, useEffect, useState } from 'react';
import { listAccounts, type Account } from '../../../api/accounts';
import { listNavigations, type Navigation, type NavigationEntry } from '../../../api/navigations';
import { listQueues, type Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountRoutingForm } from './AccountRoutingForm';
import { NavigationForm } from './NavigationForm';

function Menu({ navigation, parentId, queues }: { navigation: Navigation; parentId: number | null; queues: Queue[] }) {
  const children = navigation.entries.filter((entry: NavigationEntry) => entry.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ul className="menu-tree">
      {children.map((entry) => (
        <li key={entry.id}>
          {entry.number} {entry.label}
          {entry.queueId !== null && <span className="muted"> → {queues.find((q) => q.id === entry.queueId)?.name}</span>}
          <Menu navigation={navigation} parentId={entry.id} queues={queues} />
        </li>
      ))}
    </ul>
  );
}

/** 路由导航 definitions with their menus, and which queue or navigation each account uses. */
export function NavigationsPage() {
  const t = useT();
  const [navigations, setNavigations] = useState<Navigation[] | null>(null);
  const [queues, setQueues] = useState<Queue[]>([]);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const refresh = useCallback(() => {
    Promise.all([listNavigations(), listQueues(), listAccounts()])
      .then(([loadedNavigations, loadedQueues, loadedAccounts]) => {
        setNavigations(loadedNavigations);
        setQueues(loadedQueues);
        setAccounts(loadedAccounts);
      })
      .catch(setFailure);
  }, []);
  useEffect(refresh, [refresh]);

  return (
    <section>
      <h1>{t('ac.nav.title')}</h1>
      <Alert message={failure ? errorText(failure, t) : null} />
      <h2>{t('ac.nav.accountRouting')}</h2>
      {navigations && accounts.map((account) => (
        <AccountRoutingForm key={account.id} account={account} queues={queues} navigations={navigations} />
      ))}
      <h2>{t('ac.nav.definitions')}</h2>
      {navigations?.map((navigation) => (
        <div key={navigation.id} className="card">
          <h3>{navigation.name}</h3>
          <p>{navigation.greeting}</p>
          <Menu navigation={navigation} parentId={null} queues={queues} />
        </div>
      ))}
      {creating ? (
        <NavigationForm queues={queues} onCreated={() => { setCreating(false); refresh(); }} />
      ) : (
        <button type="button" className="primary" onClick={() => setCreating(true)}>{t('ac.nav.create')}</button>
      )}
    </section>
  );
}
