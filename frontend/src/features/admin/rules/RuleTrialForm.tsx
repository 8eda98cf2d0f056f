import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { tryRules, type CompilerMessage, type TrialAgent, type TrialResult } from '../../../api/rules';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountPicker } from '../AccountPicker';
import { useAccountRouting } from '../navigations/useAccountRouting';
import { SourceProblems } from '../SourceProblems';
import { useAdminAccount } from '../useAdminAccount';
import { INITIAL_TRIAL, STATUSES, STRATEGIES, nextAgent, toTrial, type TrialForm } from './trialForm';
import { RuleName } from './ruleName';

export function compilerMessagesOf(error: unknown): CompilerMessage[] {
  if (!(error instanceof ApiError)) return [];
  const messages = (error.body as { messages?: CompilerMessage[] } | undefined)?.messages;
  return Array.isArray(messages) ? messages : [];
}

/** "Try it": the assignment rules' decision on a described situation, with who was skipped and why. */
export function RuleTrialForm({ editorDrl }: { editorDrl: string }) {
  const t = useT();
  const [form, setForm] = useState<TrialForm>(INITIAL_TRIAL);
  const [result, setResult] = useState<TrialResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // 熟客优先's window is set per account: the trial defaults to the chosen account's.
  const { accounts, accountId, choose } = useAdminAccount();
  const accountWindow = useAccountRouting(accountId).data?.familiarWindowMinutes ?? null;

  const set = (patch: Partial<TrialForm>) => setForm((current) => ({ ...current, ...patch }));
  const setAgent = (index: number, patch: Partial<TrialAgent>) =>
    set({ agents: form.agents.map((agent, i) => (i === index ? { ...agent, ...patch } : agent)) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setResult(null);
    try {
      setResult(await tryRules(toTrial(form, editorDrl, accountWindow)));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const text = (
    id: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    type = 'number',
    placeholder?: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
  const check = (id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) => (
    <label className="check" htmlFor={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );

  return (
    <form className="card" onSubmit={submit} data-testid="rule-trial">
      <h2>{t('rules.trial.title')}</h2>
      <p className="hint">{t('rules.trial.intro')}</p>
      <AccountPicker id="trial-account" accounts={accounts.data ?? []} value={accountId} onChange={choose} />
      <div className="trial-grid">
        {check('trial-vip', t('rules.trial.vip'), form.vip, (vip) => set({ vip }))}
        {check('trial-designated', t('rules.trial.designated'), form.designated, (designated) =>
          set({ designated }),
        )}
      </div>
      <div className="trial-grid">
        {text('trial-owner', t('rules.trial.owner'), form.ownerAgentId, (ownerAgentId) =>
          set({ ownerAgentId }),
        )}
        {text('trial-last', t('rules.trial.last'), form.lastAgentId, (lastAgentId) => set({ lastAgentId }))}
        {text('trial-since', t('rules.trial.since'), form.minutesSinceLastServed, (minutesSinceLastServed) =>
          set({ minutesSinceLastServed }),
        )}
        {text(
          'trial-window',
          t('rules.trial.window'),
          form.familiarWindowMinutes,
          (familiarWindowMinutes) => set({ familiarWindowMinutes }),
          'number',
          accountWindow === null ? undefined : String(accountWindow),
        )}
        <div className="field">
          <label htmlFor="trial-strategy">{t('rules.trial.strategy')}</label>
          <select
            id="trial-strategy"
            value={form.strategy}
            onChange={(event) => set({ strategy: event.target.value as TrialForm['strategy'] })}
          >
            {STRATEGIES.map((strategy) => (
              <option key={strategy} value={strategy}>
                {t(`rules.strategy.${strategy}`)}
              </option>
            ))}
          </select>
        </div>
        {text(
          'trial-skill',
          t('rules.trial.skill'),
          form.requiredSkill,
          (requiredSkill) => set({ requiredSkill }),
          'text',
        )}
      </div>

      <div className="table-wrap">
        <table className="trial-agents">
          <thead>
            <tr>
              <th>{t('rules.trial.agentId')}</th>
              <th>{t('rules.trial.username')}</th>
              <th>{t('rules.trial.status')}</th>
              <th>{t('rules.trial.max')}</th>
              <th>{t('rules.trial.active')}</th>
              <th>{t('rules.trial.member')}</th>
              <th>{t('rules.trial.excluded')}</th>
              <th>{t('rules.trial.skillLevel')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {form.agents.map((agent, index) => (
              <tr key={index}>
                {(['agentId', 'username'] as const).map((field) => (
                  <td key={field}>
                    <input
                      aria-label={`${t(field === 'agentId' ? 'rules.trial.agentId' : 'rules.trial.username')} ${index + 1}`}
                      type={field === 'agentId' ? 'number' : 'text'}
                      value={agent[field]}
                      onChange={(event) =>
                        setAgent(index, {
                          [field]: field === 'agentId' ? Number(event.target.value) : event.target.value,
                        })
                      }
                    />
                  </td>
                ))}
                <td>
                  <select
                    aria-label={`${t('rules.trial.status')} ${index + 1}`}
                    value={agent.status}
                    onChange={(event) =>
                      setAgent(index, { status: event.target.value as TrialAgent['status'] })
                    }
                  >
                    {STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`rules.status.${status}`)}
                      </option>
                    ))}
                  </select>
                </td>
                {(['maxConcurrent', 'activeCount'] as const).map((field) => (
                  <td key={field}>
                    <input
                      aria-label={`${t(field === 'maxConcurrent' ? 'rules.trial.max' : 'rules.trial.active')} ${index + 1}`}
                      type="number"
                      min={field === 'maxConcurrent' ? 1 : 0}
                      value={agent[field]}
                      onChange={(event) => setAgent(index, { [field]: Number(event.target.value) })}
                    />
                  </td>
                ))}
                {(['member', 'excluded'] as const).map((field) => (
                  <td key={field}>
                    <input
                      aria-label={`${t(field === 'member' ? 'rules.trial.member' : 'rules.trial.excluded')} ${index + 1}`}
                      type="checkbox"
                      checked={agent[field]}
                      onChange={(event) => setAgent(index, { [field]: event.target.checked })}
                    />
                  </td>
                ))}
                <td>
                  <input
                    aria-label={`${t('rules.trial.skillLevel')} ${index + 1}`}
                    type="number"
                    min={0}
                    max={5}
                    value={agent.skillLevel}
                    onChange={(event) => setAgent(index, { skillLevel: Number(event.target.value) })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="link danger"
                    onClick={() => set({ agents: form.agents.filter((_, i) => i !== index) })}
                  >
                    {t('rules.trial.removeAgent')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={() => set({ agents: [...form.agents, nextAgent(form.agents)] })}>
          {t('rules.trial.addAgent')}
        </button>
        {check('trial-editor-rules', t('rules.trial.useEditor'), form.useEditorRules, (useEditorRules) =>
          set({ useEditorRules }),
        )}
        <BusyButton
          type="submit"
          className="primary"
          busy={busy}
          label={t('rules.trial.run')}
          busyLabel={t('rules.trial.running')}
        />
      </div>

      <Alert message={failure ? errorText(failure, t) : null} />
      <SourceProblems
        problems={compilerMessagesOf(failure)}
        source={form.useEditorRules ? editorDrl : undefined}
      />
      {result && <TrialOutcome result={result} />}
    </form>
  );
}

function TrialOutcome({ result }: { result: TrialResult }) {
  const t = useT();
  const assigned = result.proposals[0];
  return (
    <div className="trial-result" data-testid="trial-result">
      <p>
        <strong>
          {assigned
            ? t('rules.trial.assigned', { agent: `${assigned.username} (#${assigned.agentId})` })
            : t('rules.trial.nobody')}
        </strong>
      </p>
      <p>
        {t('rules.trial.decidedBy')}: <RuleName name={result.decidedBy} t={t} />
      </p>
      {result.proposals.length > 1 && (
        <>
          <h3>{t('rules.trial.proposals')}</h3>
          <ol>
            {result.proposals.map((proposal) => (
              <li key={proposal.agentId}>
                {proposal.username} (#{proposal.agentId}) — <RuleName name={proposal.rule} t={t} />
              </li>
            ))}
          </ol>
        </>
      )}
      {result.skipped.length > 0 && (
        <>
          <h3>{t('rules.trial.skipped')}</h3>
          <ul>
            {result.skipped.map((skip) => (
              <li key={skip.agentId}>
                {skip.username} (#{skip.agentId}) — <RuleName name={skip.rule} t={t} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {t('rules.trial.priority', { priority: result.queuePriority })}
        {result.queuePriorityRule && (
          <>
            {' '}
            — <RuleName name={result.queuePriorityRule} t={t} />
          </>
        )}
      </p>
      {result.notes.length > 0 && (
        <ul className="small muted">
          {result.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
