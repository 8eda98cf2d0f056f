import { useState, type FormEvent } from 'react';
import {
  saveAgentProfile,
  updateUser,
  type AgentProfile,
  type AgentStatus,
  type DeskUser,
} from '../../../api/agents';
import type { Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { useCheckedSubmit } from '../useCheckedSubmit';
import { AvatarField } from './AvatarField';
import {
  LEVEL_MAX,
  LEVEL_MIN,
  LIMIT_MAX,
  LIMIT_MIN,
  skillsToMap,
  validateAgent,
  type AgentDraft,
} from './agentValidation';

interface Props {
  user: DeskUser;
  profile: AgentProfile | undefined;
  queues: Queue[];
  onSaved: () => void;
  /** An uploaded avatar is stored at once, before the rest of the form is saved. */
  onAvatarUploaded: () => void;
}

/** Display name, picture, reception limit (接待上限), queues and skills with levels of one agent. */
export function AgentEditor({ user, profile, queues, onSaved, onAvatarUploaded }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<AgentDraft>({
    displayName: user.displayName,
    avatarUrl: user.avatarUrl ?? '',
    maxConcurrent: profile?.maxConcurrent ?? 5,
    skills: Object.entries(profile?.skills ?? {}).map(([name, level]) => ({ name, level })),
  });
  const [queueIds, setQueueIds] = useState<number[]>(profile?.queueIds ?? []);
  // Admins get routing settings only once they serve visitors too; saving them makes the admin an agent.
  const servesVisitors = user.role === 'AGENT' || profile !== undefined;
  const problems = validateAgent(draft);
  const {
    formRef,
    attempted,
    serverErrors,
    busy,
    failure,
    submit: checkedSubmit,
  } = useCheckedSubmit(problems);
  const error = (field: keyof AgentDraft) =>
    serverErrors[field] ??
    (attempted && problems[field] ? t(problems[field], { min: LIMIT_MIN, max: LIMIT_MAX }) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await checkedSubmit(async () => {
      await updateUser(user.id, {
        displayName: draft.displayName.trim(),
        avatarUrl: draft.avatarUrl.trim() || null,
        enabled: user.enabled,
      });
      if (servesVisitors) {
        const status: AgentStatus = profile?.status ?? 'OFFLINE';
        await saveAgentProfile(user.id, {
          status,
          maxConcurrent: draft.maxConcurrent,
          queueIds,
          skills: skillsToMap(draft.skills),
        });
      }
    });
    if (saved) onSaved();
  }

  const setSkill = (index: number, name: string, level: number) =>
    setDraft({ ...draft, skills: draft.skills.map((row, i) => (i === index ? { name, level } : row)) });

  return (
    <form ref={formRef} className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id={`agent-${user.id}-displayName`}
        label={t('ac.agents.displayName')}
        value={draft.displayName}
        error={error('displayName')}
        onChange={(event) => setDraft({ ...draft, displayName: event.target.value })}
      />
      <AvatarField
        userId={user.id}
        value={draft.avatarUrl}
        error={error('avatarUrl')}
        onChange={(avatarUrl) => setDraft({ ...draft, avatarUrl })}
        onUploaded={(uploaded) => {
          setDraft((current) => ({ ...current, avatarUrl: uploaded.avatarUrl ?? '' }));
          onAvatarUploaded();
        }}
      />
      {servesVisitors && (
        <>
          <Field
            id={`agent-${user.id}-limit`}
            label={t('ac.agents.maxConcurrent')}
            type="number"
            min={LIMIT_MIN}
            max={LIMIT_MAX}
            value={Number.isNaN(draft.maxConcurrent) ? '' : draft.maxConcurrent}
            error={error('maxConcurrent')}
            hint={t('ac.flow.rangeHint', { min: LIMIT_MIN, max: LIMIT_MAX, unit: '' })}
            onChange={(event) =>
              setDraft({
                ...draft,
                maxConcurrent: event.target.value === '' ? NaN : Number(event.target.value),
              })
            }
          />
          <fieldset className="field">
            <legend>{t('ac.agents.queues')}</legend>
            {queues.map((queue) => (
              <label key={queue.id} className="check">
                <input
                  type="checkbox"
                  checked={queueIds.includes(queue.id)}
                  onChange={(event) =>
                    setQueueIds(
                      event.target.checked
                        ? [...queueIds, queue.id]
                        : queueIds.filter((id) => id !== queue.id),
                    )
                  }
                />{' '}
                {queue.name}
              </label>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend>{t('ac.agents.skills')}</legend>
            {draft.skills.map((skill, index) => (
              <div key={index} className="list-row">
                <input
                  aria-label={t('ac.agents.skillName')}
                  value={skill.name}
                  onChange={(event) => setSkill(index, event.target.value, skill.level)}
                />
                <input
                  aria-label={t('ac.agents.skillLevel')}
                  type="number"
                  min={LEVEL_MIN}
                  max={LEVEL_MAX}
                  value={Number.isNaN(skill.level) ? '' : skill.level}
                  onChange={(event) =>
                    setSkill(index, skill.name, event.target.value === '' ? NaN : Number(event.target.value))
                  }
                />
                <button
                  type="button"
                  onClick={() => setDraft({ ...draft, skills: draft.skills.filter((_, i) => i !== index) })}
                >
                  {t('ac.common.remove')}
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() => setDraft({ ...draft, skills: [...draft.skills, { name: '', level: 3 }] })}
            >
              {t('ac.agents.addSkill')}
            </button>
            {error('skills') && <p className="field-error">{error('skills')}</p>}
          </fieldset>
        </>
      )}
      <Alert message={failure ? errorText(failure, t) : null} />
      <BusyButton
        type="submit"
        className="primary"
        busy={busy}
        label={t('ac.common.save')}
        busyLabel={t('ac.common.saving')}
      />
    </form>
  );
}
