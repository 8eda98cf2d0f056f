import { request } from './client';

export type RuleSetId = 'assignment' | 'navigation';

export interface RuleSetVersion {
  id: number;
  ruleSet: RuleSetId;
  createdAt: string;
  createdBy: string;
  active: boolean;
}

/** One message of the rule compiler (the body of a 400 lists them under "messages"). */
export interface CompilerMessage {
  level: string;
  line: number;
  column: number;
  text: string;
}

export type AgentStatus = 'ONLINE' | 'BUSY' | 'OFFLINE';
export type QueueStrategy = 'ROUND_ROBIN' | 'RANDOM' | 'LEAST_LOADED' | 'SKILL_FIRST';

export interface TrialAgent {
  agentId: number;
  username: string;
  status: AgentStatus;
  maxConcurrent: number;
  activeCount: number;
  member: boolean;
  excluded: boolean;
  skillLevel: number;
}

/** A situation to run the assignment rules on, without touching live data; {@code drl} tries unsaved rules. */
export interface Trial {
  drl?: string;
  visitor: {
    vip: boolean;
    designated: boolean;
    ownerAgentId: number | null;
    lastAgentId: number | null;
    minutesSinceLastServed: number | null;
  };
  queue: { strategy: QueueStrategy; requiredSkill: string | null };
  familiarWindowMinutes: number | null;
  agents: TrialAgent[];
}

export interface TrialResult {
  decidedBy: string;
  agentId: number | null;
  proposals: { agentId: number; username: string; rule: string }[];
  skipped: { agentId: number; username: string; rule: string }[];
  notes: string[];
  queuePriority: number;
  queuePriorityRule: string | null;
  awaitedAgentId: number | null;
}

const BASE = '/api/admin/rules';

export function listRuleVersions(ruleSet: RuleSetId): Promise<RuleSetVersion[]> {
  return request<RuleSetVersion[]>('GET', `${BASE}?ruleSet=${ruleSet}`);
}

export function ruleVersion(id: number): Promise<{ version: RuleSetVersion; drl: string }> {
  return request('GET', `${BASE}/${id}`);
}

/** Compiled first: a broken set is refused with the compiler's messages and the running rules stay. */
export function submitRules(ruleSet: RuleSetId, drl: string): Promise<RuleSetVersion> {
  return request<RuleSetVersion>('POST', BASE, { ruleSet, drl });
}

export function activateRules(id: number): Promise<RuleSetVersion> {
  return request<RuleSetVersion>('POST', `${BASE}/${id}/activation`);
}

export function tryRules(trial: Trial): Promise<TrialResult> {
  return request<TrialResult>('POST', `${BASE}/trial`, trial);
}
