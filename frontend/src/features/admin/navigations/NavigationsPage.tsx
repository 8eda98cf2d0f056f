import { useCallback, useEffect, useState } from 'react';
import { listAccounts, type Account } from '../../../api/accounts';
import {
  deleteNavigation,
  listNavigations,
  type Navigation,
  type NavigationEntry,
} from '../../../api/navigations';
import { listQueues, type Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountRoutingForm } from './AccountRoutingForm';
import { NavigationForm } from './NavigationForm';
import { useConfirm } from '../useConfirm';

function Menu({
  navigation,
  parentId,
  queues,
}: {
  navigation: Navigation;
  parentId: number | null;
  queues: Queue[];
}) {
  const children = navigation.entries.filter(
    (entry: NavigationEntry) => (entry.parentId ?? null) === parentId,
  );
  if (children.length === 0) return null;
  return (
    <ul className="menu-tree">
      {children.map((entry) => (
        <li key={entry.id}>
          {entry.number} {entry.label}
          {(entry.queueId ?? null) !== null && (
            <span className="muted"> → {queues.find((q) => q.id === entry.queueId)?.name}</span>
          )}
          <Menu navigation={navigation} parentId={entry.id} queues={queues} />
        </li>
      ))}
    </ul>
  );
}

/** 路由导航 definitions with their menus, and which queue or navigation each account uses. */
export function NavigationsPage() {
  const t = useT();
  const confirm = useConfirm();
  const [navigations, setNavigations] = useState<Navigation[] | null>(null);
  const [queues, setQueues] = useState<Queue[]>([]);
  const [accounts, setAccounts] = useState<Account[]>([]);
  // One form at a time: a new navigation, or the navigation with this id.
  const [form, setForm] = useState<'new' | number | null>(null);
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

  const saved = () => {
    setForm(null);
    setFailure(null);
    refresh();
  };

  async function remove(navigation: Navigation) {
    if (
      !(await confirm(t('ac.nav.confirmDelete', { name: navigation.name }), {
        okText: t('ac.common.delete'),
        danger: true,
      }))
    )
      return;
    try {
      await deleteNavigation(navigation.id);
      saved();
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section>
      <h1>{t('ac.nav.title')}</h1>
      <Alert message={failure ? errorText(failure, t) : null} />
      <h2>{t('ac.nav.accountRouting')}</h2>
      {navigations &&
        accounts.map((account) => (
          <AccountRoutingForm key={account.id} account={account} queues={queues} navigations={navigations} />
        ))}
      <h2>{t('ac.nav.definitions')}</h2>
      {navigations?.map((navigation) =>
        form === navigation.id ? (
          <div key={navigation.id}>
            <NavigationForm queues={queues} editing={navigation} onSaved={saved} />
            <button type="button" onClick={() => setForm(null)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <div key={navigation.id} className="card">
            <h3>{navigation.name}</h3>
            <p>{navigation.greeting}</p>
            <Menu navigation={navigation} parentId={null} queues={queues} />
            <button type="button" onClick={() => setForm(navigation.id)}>
              {t('ac.common.edit')}
            </button>{' '}
            <button type="button" onClick={() => void remove(navigation)}>
              {t('ac.common.delete')}
            </button>
          </div>
        ),
      )}
      {form === 'new' ? (
        <NavigationForm queues={queues} onSaved={saved} />
      ) : (
        <button type="button" className="primary" onClick={() => setForm('new')}>
          {t('ac.nav.create')}
        </button>
      )}
    </section>
  );
}
