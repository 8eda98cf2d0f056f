import { answer, api, type Schema } from './http';

export type WorkingHours = Schema<'WorkingHours'>;
export type TimeRange = Schema<'TimeRange'>;
export type Holiday = Schema<'Holiday'>;

const byAccount = (accountId: number) => ({ params: { path: { accountId } } });

export function getWorkingHours(accountId: number): Promise<WorkingHours> {
  return answer(api.GET('/api/admin/accounts/{accountId}/working-hours', byAccount(accountId)));
}

export function saveWorkingHours(accountId: number, hours: WorkingHours): Promise<WorkingHours> {
  return answer(
    api.PUT('/api/admin/accounts/{accountId}/working-hours', { ...byAccount(accountId), body: hours }),
  );
}
