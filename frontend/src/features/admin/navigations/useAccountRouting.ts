import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import { getAccountRouting, type AccountRouting } from '../../../api/navigations';

export const routingKey = (accountId: number | null) => ['admin', 'accounts', accountId, 'routing'];

/** An account not routed yet has no routing (null). */
async function routingOrNone(accountId: number): Promise<AccountRouting | null> {
  try {
    return await getAccountRouting(accountId);
  } catch (caught) {
    if (caught instanceof ApiError && caught.status === 404) return null;
    throw caught;
  }
}

/** The account's routing, its familiar window included; shared by the routing screen and the rule trial. */
export function useAccountRouting(accountId: number | null) {
  return useQuery({
    queryKey: routingKey(accountId),
    queryFn: () => routingOrNone(accountId as number),
    enabled: accountId !== null,
  });
}
