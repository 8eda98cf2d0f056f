import { useQuery } from '@tanstack/react-query';
import { loadMenu } from '../../../api/menu';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import '../adminTools.css';
import { AccountPicker } from '../AccountPicker';
import { useAdminAccount } from '../useAdminAccount';
import { MenuEditor } from './MenuEditor';
import { fromMenu } from './menuModel';

/** The account's WeChat custom menu (自定义菜单): loaded from WeChat, edited here, published as a whole. */
export function MenuEditorPage() {
  const t = useT();
  const { accounts, accountId, account, choose } = useAdminAccount();
  const menu = useQuery({
    queryKey: ['admin', 'menu', accountId],
    queryFn: () => loadMenu(accountId!),
    enabled: accountId !== null,
    // The editor holds the admin's changes: a refetch must not replace them behind their back.
    refetchOnWindowFocus: false,
  });
  const failure = accounts.error ?? menu.error;

  return (
    <section className="menu-editor">
      <div className="page-head">
        <div>
          <h1>{t('menu.title')}</h1>
          <p className="hint">{t('menu.intro')}</p>
        </div>
        {accounts.data && accounts.data.length > 0 && (
          <AccountPicker id="menu-account" accounts={accounts.data} value={accountId} onChange={choose} />
        )}
      </div>
      {accounts.data?.length === 0 && <p className="card muted">{t('menu.noAccounts')}</p>}
      <Alert message={failure ? errorText(failure, t) : null} />
      {menu.isFetching && <p className="muted">{t('common.loading')}</p>}
      {account && menu.data && !menu.isFetching && (
        <MenuEditor key={account.id} account={account} initial={fromMenu(menu.data)} />
      )}
    </section>
  );
}
