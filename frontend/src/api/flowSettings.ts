import { answer, api, type Schema } from './http';

export type FlowSettings = Schema<'FlowSettings'>;
export type SolvedQuestion = FlowSettings['surveySolvedQuestion'];
export type RobotAnswer = Schema<'RobotAnswer'>;
export type TemplateField = Schema<'TemplateField'>;

const byAccount = (accountId: number) => ({ params: { path: { accountId } } });

export function getFlowSettings(accountId: number): Promise<FlowSettings> {
  return answer(api.GET('/api/admin/accounts/{accountId}/flow-settings', byAccount(accountId)));
}

export function saveFlowSettings(accountId: number, settings: FlowSettings): Promise<FlowSettings> {
  return answer(
    api.PUT('/api/admin/accounts/{accountId}/flow-settings', { ...byAccount(accountId), body: settings }),
  );
}
