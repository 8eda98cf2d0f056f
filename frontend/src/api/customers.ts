import { answer, api, type Schema } from './http';

export type CustomerProfile = Schema<'CustomerProfile'>;

export function getCustomer(fanId: number): Promise<CustomerProfile> {
  return answer(api.GET('/api/admin/customers/{fanId}', { params: { path: { fanId } } }));
}

export function saveCustomer({
  fanId,
  ownerAgentId,
  vip,
  designated,
}: CustomerProfile): Promise<CustomerProfile> {
  return answer(
    api.PUT('/api/admin/customers/{fanId}', {
      params: { path: { fanId } },
      body: { ownerAgentId, vip, designated },
    }),
  );
}
