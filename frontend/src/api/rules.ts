import { answer, api, type Schema } from './http';

export type RuleSetVersion = Schema<'RuleSetVersion'>;
export type RuleSetId = RuleSetVersion['ruleSet'];
export type TrialAgent = Schema<'TrialAgent'>;
export type AgentStatus = TrialAgent['status'];
export type QueueStrategy = Schema<'TrialQueue'>['strategy'];
/** A situation to run the assignment rules on, without touching live data; drl tries unsaved rules. */
export type Trial = Schema<'Trial'>;
export type TrialResult = Schema<'TrialResult'>;

/** One message of the rule compiler (the body of a 400 lists them under "messages"). */
export interface CompilerMessage {
  level: string;
  line: number;
  column: number;
  text: string;
}

export function listRuleVersions(ruleSet: RuleSetId): Promise<RuleSetVersion[]> {
  return answer(api.GET('/api/admin/rules', { params: { query: { ruleSet } } }));
}

export function ruleVersion(id: number): Promise<Schema<'VersionWithDrl'>> {
  return answer(api.GET('/api/admin/rules/{version}', { params: { path: { version: id } } }));
}

/** Compiled first: a broken set is refused with the compiler's messages and the running rules stay. */
export function submitRules(ruleSet: RuleSetId, drl: string): Promise<RuleSetVersion> {
  return answer(api.POST('/api/admin/rules', { body: { ruleSet, drl } }));
}

export function activateRules(id: number): Promise<RuleSetVersion> {
  return answer(api.POST('/api/admin/rules/{version}/activation', { params: { path: { version: id } } }));
}

export function tryRules(trial: Trial): Promise<TrialResult> {
  return answer(api.POST('/api/admin/rules/trial', { body: trial }));
}
