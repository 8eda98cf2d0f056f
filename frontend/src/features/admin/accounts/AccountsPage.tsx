import { useCallback, useEffect, useState } from 'react';
import { listAccounts, type Account } from '../../../api/accounts';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountRow } from './AccountRow';
import { BindWizard } from './BindWizard';

const REFRESH_MS = 10_000;

export function AccountsPage() {
  const t = useT();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [binding, setBinding] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setAccounts(await listAccounts());
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  function replace(updated: Account) {
    setAccounts((list) => list && list.map((account) => (account.id === updated.id ? updated : account)));
  }

  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('accounts.title')}</h1>
          <p className="hint">{t('accounts.refreshHint')}</p>
        </div>
        <button type="button" className="primary" onClick={() => setBinding(true)}>
          {t('accounts.bind')}
        </button>
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      {accounts === null && !failure && <p className="muted">{t('common.loading')}</p>}
      {accounts?.length === 0 && <p className="card muted">{t('accounts.empty')}</p>}
      {accounts && accounts.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('accounts.col.account')}</th>
                <th>{t('accounts.col.handshake')}</th>
                <th>{t('accounts.col.lastMessage')}</th>
                <th>{t('accounts.col.tokenOk')}</th>
                <th>{t('accounts.col.lastError')}</th>
                <th>{t('accounts.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <AccountRow key={account.id} account={account} onChange={replace} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {binding && (
        <BindWizard
          onCreated={() => void refresh()}
          onClose={() => {
            setBinding(false);
            void refresh();
          }}
        />
      )}
    </section>
  );
}
