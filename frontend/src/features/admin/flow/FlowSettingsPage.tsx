import { useEffect, useState } from 'react';
import { listAccounts, type Account } from '../../../api/accounts';
import { getFlowSettings, type FlowSettings } from '../../../api/flowSettings';
import { listQueues, type Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountPicker } from '../AccountPicker';
import { FlowSettingsForm } from './FlowSettingsForm';

export function FlowSettingsPage() {
  const t = useT();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [queues, setQueues] = useState<Queue[]>([]);
  const [accountId, setAccountId] = useState<number | null>(null);
  const [settings, setSettings] = useState<FlowSettings | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    Promise.all([listAccounts(), listQueues()])
      .then(([loadedAccounts, loadedQueues]) => {
        setAccounts(loadedAccounts);
        setQueues(loadedQueues);
        setAccountId(loadedAccounts[0]?.id ?? null);
      })
      .catch(setFailure);
  }, []);

  useEffect(() => {
    if (accountId === null) return;
    setSettings(null);
    getFlowSettings(accountId).then(setSettings).catch(setFailure);
  }, [accountId]);

  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('ac.flow.title')}</h1>
          <p className="hint">{t('ac.flow.appliesHint')}</p>
        </div>
        {accounts && accounts.length > 0 && (
          <AccountPicker accounts={accounts} value={accountId} onChange={setAccountId} />
        )}
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      {accounts?.length === 0 && <p className="card muted">{t('ac.common.noAccounts')}</p>}
      {accountId !== null && settings === null && !failure && <p className="muted">{t('common.loading')}</p>}
      {accountId !== null && settings && (
        <FlowSettingsForm key={accountId} accountId={accountId} initial={settings} queues={queues} />
      )}
    </section>
  );
}
