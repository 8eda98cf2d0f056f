import type { AgentStatus, QueueStrategy, Trial, TrialAgent } from '../../../api/rules';

export const STRATEGIES: QueueStrategy[] = ['ROUND_ROBIN', 'RANDOM', 'LEAST_LOADED', 'SKILL_FIRST'];
export const STATUSES: AgentStatus[] = ['ONLINE', 'BUSY', 'OFFLINE'];

/** The "try it" form as typed: numbers stay text until sent, so a field can be empty while editing. */
export interface TrialForm {
  vip: boolean;
  designated: boolean;
  ownerAgentId: string;
  lastAgentId: string;
  minutesSinceLastServed: string;
  strategy: QueueStrategy;
  requiredSkill: string;
  familiarWindowMinutes: string;
  agents: TrialAgent[];
  /** Try the rules in the editor instead of the running ones. */
  useEditorRules: boolean;
}

/** A situation worth trying at once: a familiar agent who is busy, and two online agents with different loads. */
export const INITIAL_TRIAL: TrialForm = {
  vip: false,
  designated: false,
  ownerAgentId: '',
  lastAgentId: '1',
  minutesSinceLastServed: '30',
  strategy: 'LEAST_LOADED',
  requiredSkill: '',
  familiarWindowMinutes: '',
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

function optionalNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' || Number.isNaN(Number(trimmed)) ? null : Number(trimmed);
}

/** Without a window typed in, the one of the account the trial is for (null: the desk's default). */
export function toTrial(form: TrialForm, editorDrl: string, accountWindowMinutes: number | null): Trial {
  return {
    ...(form.useEditorRules ? { drl: editorDrl } : {}),
    visitor: {
      vip: form.vip,
      designated: form.designated,
      ownerAgentId: optionalNumber(form.ownerAgentId),
      lastAgentId: optionalNumber(form.lastAgentId),
      minutesSinceLastServed: optionalNumber(form.minutesSinceLastServed),
    },
    queue: { strategy: form.strategy, requiredSkill: form.requiredSkill.trim() || null },
    familiarWindowMinutes: optionalNumber(form.familiarWindowMinutes) ?? accountWindowMinutes,
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
