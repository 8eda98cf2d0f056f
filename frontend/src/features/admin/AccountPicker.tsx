import { Select } from 'antd';
import type { Account } from '../../api/accounts';
import { useT } from '../../i18n/I18nProvider';

/**
 * Which bound account a per-account screen shows; see useAdminAccount for which one it opens on.
 * Searchable by name or AppID, since a desk may hold many accounts.
 */
export function AccountPicker({
  id,
  accounts,
  value,
  onChange,
}: {
  id?: string;
  accounts: Account[];
  value: number | null;
  onChange: (id: number) => void;
}) {
  const t = useT();
  return (
    <span className="account-picker">
      <label htmlFor={id}>{t('ac.common.account')}</label>
      <Select
        id={id}
        aria-label={t('ac.common.account')}
        showSearch
        optionFilterProp="label"
        value={value ?? undefined}
        onChange={onChange}
        options={accounts.map((account) => ({
          value: account.id,
          label: `${account.name} (${account.appId})`,
        }))}
      />
    </span>
  );
}
