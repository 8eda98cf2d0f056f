import { useQuery } from '@tanstack/react-query';
import { getFlowSettings } from '../../../api/flowSettings';
import { listQueues } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountPicker } from '../AccountPicker';
import { useAdminAccount } from '../useAdminAccount';
import { FlowSettingsForm } from './FlowSettingsForm';

export function FlowSettingsPage() {
  const t = useT();
  const { accounts, accountId, choose } = useAdminAccount();
  const queues = useQuery({ queryKey: ['admin', 'queues'], queryFn: listQueues });
  const settings = useQuery({
    queryKey: ['admin', 'flow-settings', accountId],
    queryFn: () => getFlowSettings(accountId!),
    enabled: accountId !== null,
    // The form holds the admin's edits: a refetch must not replace them behind their back.
    refetchOnWindowFocus: false,
  });
  const failure = accounts.error ?? queues.error ?? settings.error;

  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('ac.flow.title')}</h1>
          <p className="hint">{t('ac.flow.appliesHint')}</p>
        </div>
        {accounts.data && accounts.data.length > 0 && (
          <AccountPicker accounts={accounts.data} value={accountId} onChange={choose} />
        )}
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      {accounts.data?.length === 0 && <p className="card muted">{t('ac.common.noAccounts')}</p>}
      {settings.isFetching && <p className="muted">{t('common.loading')}</p>}
      {accountId !== null && settings.data && !settings.isFetching && (
        <FlowSettingsForm
          key={accountId}
          accountId={accountId}
          initial={settings.data}
          queues={queues.data ?? []}
        />
      )}
    </section>
  );
}
