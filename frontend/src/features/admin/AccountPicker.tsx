import type { Account } from '../../api/accounts';
import { useT } from '../../i18n/I18nProvider';

/** Which bound account a per-account screen shows; see useAdminAccount for which one it opens on. */
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
    <label className="account-picker">
      {t('ac.common.account')}{' '}
      <select id={id} value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))}>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name} ({account.appId})
          </option>
        ))}
      </select>
    </label>
  );
}
