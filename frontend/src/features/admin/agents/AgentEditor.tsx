import { Button, Checkbox, Form, Input, InputNumber, Space } from 'antd';
import {
  saveAgentProfile,
  updateUser,
  type AgentProfile,
  type AgentStatus,
  type DeskUser,
} from '../../../api/agents';
import type { Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { ruleOf, useFormSubmit } from '../useFormSubmit';
import { AvatarField } from './AvatarField';
import { LIMIT_MAX, LIMIT_MIN, skillsToMap, validateAgent, type AgentDraft } from './agentValidation';

interface Props {
  user: DeskUser;
  profile: AgentProfile | undefined;
  queues: Queue[];
  onSaved: () => void;
  /** An uploaded avatar is stored at once, before the rest of the form is saved. */
  onAvatarUploaded: () => void;
}

type AgentValues = AgentDraft & { queueIds: number[] };

/** Display name, picture, reception limit (接待上限), queues and skills with levels of one agent. */
export function AgentEditor({ user, profile, queues, onSaved, onAvatarUploaded }: Props) {
  const t = useT();
  const [form] = Form.useForm<AgentValues>();
  const { busy, failure, submit } = useFormSubmit(form);
  // Admins get routing settings only once they serve visitors too; saving them makes the admin an agent.
  const servesVisitors = user.role === 'AGENT' || user.role === 'SUPERVISOR' || profile !== undefined;
  const limits = { min: LIMIT_MIN, max: LIMIT_MAX };

  async function save(draft: AgentValues) {
    const saved = await submit(async () => {
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
          queueIds: draft.queueIds,
          skills: skillsToMap(draft.skills),
        });
      }
    });
    if (saved) onSaved();
  }

  return (
    <Form<AgentValues>
      form={form}
      name={`agent-${user.id}`}
      layout="vertical"
      className="inline-form"
      initialValues={{
        displayName: user.displayName,
        avatarUrl: user.avatarUrl ?? '',
        maxConcurrent: profile?.maxConcurrent ?? 5,
        queueIds: profile?.queueIds ?? [],
        skills: Object.entries(profile?.skills ?? {}).map(([name, level]) => ({ name, level })),
      }}
      scrollToFirstError
      onFinish={(draft) => void save(draft)}
    >
      <Form.Item
        name="displayName"
        label={t('ac.agents.displayName')}
        rules={[ruleOf(validateAgent, 'displayName', t)]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="avatarUrl"
        label={t('ac.agents.avatarUrl')}
        rules={[ruleOf(validateAgent, 'avatarUrl', t)]}
      >
        <AvatarField userId={user.id} onUploaded={onAvatarUploaded} />
      </Form.Item>
      {servesVisitors && (
        <>
          <Form.Item
            name="maxConcurrent"
            label={t('ac.agents.maxConcurrent')}
            extra={t('ac.flow.rangeHint', { ...limits, unit: '' })}
            rules={[ruleOf(validateAgent, 'maxConcurrent', t, limits)]}
          >
            <InputNumber />
          </Form.Item>
          <Form.Item name="queueIds" label={t('ac.agents.queues')}>
            <Checkbox.Group options={queues.map((queue) => ({ value: queue.id, label: queue.name }))} />
          </Form.Item>
          <Form.List
            name="skills"
            rules={[
              {
                validator: () => {
                  const problem = validateAgent(form.getFieldsValue(true) as AgentValues).skills;
                  return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
                },
              },
            ]}
          >
            {(rows, { add, remove }, { errors }) => (
              <Form.Item label={t('ac.agents.skills')}>
                {rows.map((row) => (
                  <Space key={row.key} className="list-row" align="baseline">
                    <Form.Item name={[row.name, 'name']} noStyle>
                      <Input aria-label={t('ac.agents.skillName')} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'level']} noStyle>
                      <InputNumber aria-label={t('ac.agents.skillLevel')} />
                    </Form.Item>
                    <Button onClick={() => remove(row.name)}>{t('ac.common.remove')}</Button>
                  </Space>
                ))}
                <Button onClick={() => add({ name: '', level: 3 })}>{t('ac.agents.addSkill')}</Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            )}
          </Form.List>
        </>
      )}
      <Alert message={failure ? errorText(failure, t) : null} />
      <Button type="primary" htmlType="submit" loading={busy}>
        {busy ? t('ac.common.saving') : t('ac.common.save')}
      </Button>
    </Form>
  );
}
