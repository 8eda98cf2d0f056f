import { useEffect, useState } from 'react';
import { listAccounts, type Account } from '../../../api/accounts';
import { listAgentProfiles, type AgentProfile } from '../../../api/agents';
import { searchFans, type FanListItem } from '../../../api/fans';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountPicker } from '../AccountPicker';
import { CustomerEditor } from './CustomerEditor';

/** Customers of one account: owner agent, VIP and designated flags, which routing reads. */
export function CustomersPage() {
  const t = useT();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [accountId, setAccountId] = useState<number | null>(null);
  const [fans, setFans] = useState<FanListItem[] | null>(null);
  const [agents, setAgents] = useState<AgentProfile[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    Promise.all([listAccounts(), listAgentProfiles()])
      .then(([loadedAccounts, loadedAgents]) => {
        setAccounts(loadedAccounts);
        setAgents(loadedAgents);
        setAccountId(loadedAccounts[0]?.id ?? null);
      })
      .catch(setFailure);
  }, []);

  useEffect(() => {
    if (accountId === null) return;
    searchFans({ accountId, page: 0, size: 200 })
      .then((page) => setFans(page.items))
      .catch(setFailure);
  }, [accountId]);

  return (
    <section>
      <div className="page-head">
        <h1>{t('ac.customers.title')}</h1>
        {accounts && accounts.length > 0 && (
          <AccountPicker accounts={accounts} value={accountId} onChange={setAccountId} />
        )}
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      {fans?.length === 0 && <p className="card muted">{t('ac.customers.empty')}</p>}
      {fans && fans.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('ac.customers.openid')}</th>
                <th>{t('ac.customers.lastMessage')}</th>
                <th>{t('ac.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {fans.map((fan) => (
                <tr key={fan.id}>
                  <td className="mono">{fan.openid}</td>
                  <td>{fan.lastMessageAt ? new Date(fan.lastMessageAt).toLocaleString() : '—'}</td>
                  <td>
                    {editing === fan.id ? (
                      <CustomerEditor fanId={fan.id} agents={agents} onDone={() => setEditing(null)} />
                    ) : (
                      <button type="button" onClick={() => setEditing(fan.id)}>
                        {t('ac.common.edit')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
