import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Table } from 'antd';
import { useState } from 'react';
import { listAccounts } from '../../../api/accounts';
import {
  deleteNavigation,
  listNavigations,
  type Navigation,
  type NavigationEntry,
} from '../../../api/navigations';
import { listQueues, type Queue } from '../../../api/queues';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { useConfirm } from '../useConfirm';
import { AccountRoutingForm } from './AccountRoutingForm';
import { NavigationForm } from './NavigationForm';

const NAVIGATIONS = ['admin', 'navigations'];

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
  const cache = useQueryClient();
  const navigations = useQuery({ queryKey: NAVIGATIONS, queryFn: listNavigations });
  const queues = useQuery({ queryKey: ['admin', 'queues'], queryFn: listQueues });
  const accounts = useQuery({ queryKey: ['admin', 'accounts'], queryFn: listAccounts });
  // One form at a time: a new navigation, or the navigation with this id.
  const [form, setForm] = useState<'new' | number | null>(null);
  const refresh = () => cache.invalidateQueries({ queryKey: NAVIGATIONS });
  const removal = useMutation({ mutationFn: (navigation: Navigation) => deleteNavigation(navigation.id) });

  const saved = () => {
    setForm(null);
    removal.reset();
    void refresh();
  };

  async function remove(navigation: Navigation) {
    const question = t('ac.nav.confirmDelete', { name: navigation.name });
    if (!(await confirm(question, { okText: t('ac.common.delete'), danger: true }))) return;
    removal.mutate(navigation, { onSuccess: saved });
  }

  const queueList = queues.data ?? [];
  const failure = navigations.error ?? queues.error ?? accounts.error ?? removal.error;
  const editing = navigations.data?.find((navigation) => navigation.id === form);
  return (
    <section>
      <h1>{t('ac.nav.title')}</h1>
      {failure ? <Alert type="error" showIcon message={errorText(failure, t)} /> : null}
      <h2>{t('ac.nav.accountRouting')}</h2>
      {navigations.data &&
        queues.data &&
        accounts.data?.map((account) => (
          <AccountRoutingForm
            key={account.id}
            account={account}
            queues={queueList}
            navigations={navigations.data}
          />
        ))}
      <h2>{t('ac.nav.definitions')}</h2>
      <Table<Navigation>
        rowKey="id"
        loading={navigations.isFetching}
        dataSource={navigations.data ?? []}
        pagination={false}
        locale={{ emptyText: t('ac.nav.empty') }}
        columns={[
          { title: t('ac.nav.name'), dataIndex: 'name' },
          { title: t('ac.nav.greeting'), dataIndex: 'greeting' },
          {
            title: t('ac.nav.menu'),
            key: 'menu',
            render: (_, navigation) => <Menu navigation={navigation} parentId={null} queues={queueList} />,
          },
          {
            title: t('ac.common.actions'),
            key: 'actions',
            render: (_, navigation) => (
              <Space>
                <Button onClick={() => setForm(navigation.id)}>{t('ac.common.edit')}</Button>
                <Button danger onClick={() => void remove(navigation)}>
                  {t('ac.common.delete')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing ? (
        <NavigationForm
          key={editing.id}
          queues={queueList}
          editing={editing}
          onSaved={saved}
          onCancel={() => setForm(null)}
        />
      ) : form === 'new' ? (
        <NavigationForm queues={queueList} onSaved={saved} onCancel={() => setForm(null)} />
      ) : (
        <Button type="primary" onClick={() => setForm('new')}>
          {t('ac.nav.create')}
        </Button>
      )}
    </section>
  );
}
