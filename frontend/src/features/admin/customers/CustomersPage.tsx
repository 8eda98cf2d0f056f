import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Table } from 'antd';
import { useState } from 'react';
import { listAgentProfiles } from '../../../api/agents';
import { searchFans, type FanListItem } from '../../../api/fans';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountPicker } from '../AccountPicker';
import { useDateTime } from '../dateTime';
import { useAdminAccount } from '../useAdminAccount';
import { CustomerEditor } from './CustomerEditor';

const PAGE_SIZE = 20;

/** Customers of one account, a page at a time: owner agent, VIP and designated flags, which routing reads. */
export function CustomersPage() {
  const t = useT();
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const dateTime = useDateTime();
  const { accounts, accountId, choose } = useAdminAccount();
  const agents = useQuery({ queryKey: ['admin', 'agents'], queryFn: listAgentProfiles });
  const fans = useQuery({
    queryKey: ['fans', { accountId, page }],
    queryFn: () => searchFans({ accountId: accountId!, page, size: PAGE_SIZE }),
    enabled: accountId !== null,
    placeholderData: keepPreviousData,
  });
  const failure = accounts.error ?? agents.error ?? fans.error;

  return (
    <section>
      <div className="page-head">
        <h1>{t('ac.customers.title')}</h1>
        {accounts.data && accounts.data.length > 0 && (
          <AccountPicker
            accounts={accounts.data}
            value={accountId}
            onChange={(id) => {
              choose(id);
              setPage(0);
            }}
          />
        )}
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      <Table<FanListItem>
        rowKey="id"
        loading={fans.isFetching}
        dataSource={fans.data?.items ?? []}
        locale={{ emptyText: t('ac.customers.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: fans.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          {
            title: t('ac.customers.openid'),
            key: 'fan',
            render: (_, fan) => (
              <>
                {fan.nickname && <span>{fan.nickname} </span>}
                <span className="mono">{fan.openid}</span>
              </>
            ),
          },
          {
            title: t('ac.customers.lastMessage'),
            dataIndex: 'lastMessageAt',
            render: (at?: string | null) => (at ? dateTime(at) : '—'),
          },
          {
            title: t('ac.common.actions'),
            key: 'actions',
            render: (_, fan) =>
              editing === fan.id ? (
                <CustomerEditor fanId={fan.id} agents={agents.data ?? []} onDone={() => setEditing(null)} />
              ) : (
                <Button onClick={() => setEditing(fan.id)}>{t('ac.common.edit')}</Button>
              ),
          },
        ]}
      />
    </section>
  );
}
