import { request } from './client';

export type SolvedQuestion = 'OFF' | 'OPTIONAL' | 'REQUIRED';

export interface RobotAnswer {
  keywords: string[];
  answer: string;
}

export interface TemplateField {
  name: string;
  value: string;
}

/** Mirrors the server's FlowSettings record field for field. */
export interface FlowSettings {
  welcomeText: string;
  introText: string;
  robotEnabled: boolean;
  robotAnswers: RobotAnswer[];
  robotHandoverKeyword: string;
  robotMaxUnanswered: number;
  queuePromptEnabled: boolean;
  queuePromptText: string;
  queueAppeaseEnabled: boolean;
  queueAppeaseText: string;
  giveUpEnabled: boolean;
  giveUpKeyword: string;
  giveUpText: string;
  agentAppeaseEnabled: boolean;
  agentAppeaseMinutes: number;
  agentAppeaseText: string;
  agentRemindEnabled: boolean;
  agentRemindSeconds: number;
  agentRemindText: string;
  autoTransferEnabled: boolean;
  autoTransferMinutes: number;
  autoTransferQueueId: number | null;
  visitorPromptEnabled: boolean;
  visitorPromptMinutes: number;
  visitorPromptText: string;
  visitorCloseEnabled: boolean;
  visitorCloseMinutes: number;
  visitorCloseText: string;
  endTextAgentEnded: string;
  surveyAutomatic: boolean;
  surveyLabels: string[];
  surveySolvedQuestion: SolvedQuestion;
  surveyExpiryMinutes: number;
  surveyInviteText: string;
  robotCoversNoAgent: boolean;
  surveyTemplateEnabled: boolean;
  surveyTemplateId: string;
  surveyTemplateFields: TemplateField[];
}

const path = (accountId: number) => `/api/admin/accounts/${accountId}/flow-settings`;

export function getFlowSettings(accountId: number): Promise<FlowSettings> {
  return request<FlowSettings>('GET', path(accountId));
}

export function saveFlowSettings(accountId: number, settings: FlowSettings): Promise<FlowSettings> {
  return request<FlowSettings>('PUT', path(accountId), settings);
}
