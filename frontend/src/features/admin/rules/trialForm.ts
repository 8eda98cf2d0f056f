import type { AgentStatus, QueueStrategy, Trial, TrialAgent } from '../../../api/rules';

export const STRATEGIES: QueueStrategy[] = ['ROUND_ROBIN', 'RANDOM', 'LEAST_LOADED', 'SKILL_FIRST'];
export const STATUSES: AgentStatus[] = ['ONLINE', 'BUSY', 'OFFLINE'];

/** The "try it" form; an empty number field is null. */
export interface TrialForm {
  vip: boolean;
  designated: boolean;
  ownerAgentId: number | null;
  lastAgentId: number | null;
  minutesSinceLastServed: number | null;
  strategy: QueueStrategy;
  requiredSkill: string;
  familiarWindowMinutes: number | null;
  agents: TrialAgent[];
  /** Try the rules in the editor instead of the running ones. */
  useEditorRules: boolean;
}

/** A situation worth trying at once: a familiar agent who is busy, and two online agents with different loads. */
export const INITIAL_TRIAL: TrialForm = {
  vip: false,
  designated: false,
  ownerAgentId: null,
  lastAgentId: 1,
  minutesSinceLastServed: 30,
  strategy: 'LEAST_LOADED',
  requiredSkill: '',
  familiarWindowMinutes: null,
  agents: [
    {
      agentId: 1,
      username: 'agent1',
      status: 'BUSY',
      maxConcurrent: 3,
      activeCount: 1,
      member: true,
      excluded: false,
      skillLevel: 0,
    },
    {
      agentId: 2,
      username: 'agent2',
      status: 'ONLINE',
      maxConcurrent: 3,
      activeCount: 2,
      member: true,
      excluded: false,
      skillLevel: 0,
    },
    {
      agentId: 3,
      username: 'agent3',
      status: 'ONLINE',
      maxConcurrent: 5,
      activeCount: 1,
      member: true,
      excluded: false,
      skillLevel: 0,
    },
  ],
  useEditorRules: false,
};

/** Without a window typed in, the one of the account the trial is for (null: the desk's default). */
export function toTrial(form: TrialForm, editorDrl: string, accountWindowMinutes: number | null): Trial {
  return {
    ...(form.useEditorRules ? { drl: editorDrl } : {}),
    visitor: {
      vip: form.vip,
      designated: form.designated,
      ownerAgentId: form.ownerAgentId ?? null,
      lastAgentId: form.lastAgentId ?? null,
      minutesSinceLastServed: form.minutesSinceLastServed ?? null,
    },
    queue: { strategy: form.strategy, requiredSkill: form.requiredSkill?.trim() || null },
    familiarWindowMinutes: form.familiarWindowMinutes ?? accountWindowMinutes,
    agents: form.agents,
  };
}

export function nextAgent(agents: TrialAgent[]): TrialAgent {
  const id = Math.max(0, ...agents.map((agent) => agent.agentId)) + 1;
  return {
    agentId: id,
    username: `agent${id}`,
    status: 'ONLINE',
    maxConcurrent: 3,
    activeCount: 0,
    member: true,
    excluded: false,
    skillLevel: 0,
  };
}
