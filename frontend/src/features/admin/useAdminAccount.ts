import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listAccounts } from '../../api/accounts';

/** Where the account last picked on any per-account screen is kept, so the next screen opens on it. */
export const CHOSEN_ACCOUNT_KEY = 'wechat-desk.admin.account';

function remembered(): number | null {
  const stored = Number(localStorage.getItem(CHOSEN_ACCOUNT_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : null;
}

/**
 * The bound accounts and the one a per-account screen shows: the one last picked on any such screen
 * while it is still bound, else the first. Every per-account screen picks the same way.
 */
export function useAdminAccount() {
  const accounts = useQuery({ queryKey: ['admin', 'accounts'], queryFn: listAccounts });
  const [chosen, setChosen] = useState(remembered);
  const bound = accounts.data ?? [];
  const accountId = bound.some((account) => account.id === chosen) ? chosen : (bound[0]?.id ?? null);

  function choose(id: number) {
    localStorage.setItem(CHOSEN_ACCOUNT_KEY, String(id));
    setChosen(id);
  }

  return { accounts, accountId, account: bound.find((account) => account.id === accountId), choose };
}
