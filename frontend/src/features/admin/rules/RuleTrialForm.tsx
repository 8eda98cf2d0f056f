import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  type FormListFieldData,
} from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { tryRules, type CompilerMessage, type TrialResult } from '../../../api/rules';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { AccountPicker } from '../AccountPicker';
import { useAccountRouting } from '../navigations/useAccountRouting';
import { showServerErrors } from '../serverFieldErrors';
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
  const [form] = Form.useForm<TrialForm>();
  const useEditorRules = Form.useWatch('useEditorRules', form) ?? false;
  // 熟客优先's window is set per account: the trial defaults to the chosen account's.
  const { accounts, accountId, choose } = useAdminAccount();
  const accountWindow = useAccountRouting(accountId).data?.familiarWindowMinutes ?? null;
  const [failure, setFailure] = useState<unknown>(null);
  const trial = useMutation({
    mutationFn: (values: TrialForm) => tryRules(toTrial(values, editorDrl, accountWindow)),
    onMutate: () => setFailure(null),
    onError: (error) =>
      setFailure(
        showServerErrors(form, error, (path) => (path === 'queue.strategy' ? ['strategy'] : [path])),
      ),
  });

  const number = (name: keyof TrialForm, label: string, placeholder?: string) => (
    <Form.Item name={name} label={label}>
      <InputNumber min={0} precision={0} placeholder={placeholder} />
    </Form.Item>
  );
  const toggle = (name: keyof TrialForm, label: string) => (
    <Form.Item name={name} label={label} valuePropName="checked">
      <Switch />
    </Form.Item>
  );

  return (
    <Form<TrialForm>
      form={form}
      name="rule-trial"
      layout="vertical"
      className="card"
      data-testid="rule-trial"
      initialValues={INITIAL_TRIAL}
      scrollToFirstError
      onFinish={(values) => trial.mutate(values)}
    >
      <h2>{t('rules.trial.title')}</h2>
      <p className="hint">{t('rules.trial.intro')}</p>
      <AccountPicker id="trial-account" accounts={accounts.data ?? []} value={accountId} onChange={choose} />
      <div className="trial-grid">
        {toggle('vip', t('rules.trial.vip'))}
        {toggle('designated', t('rules.trial.designated'))}
      </div>
      <div className="trial-grid">
        {number('ownerAgentId', t('rules.trial.owner'))}
        {number('lastAgentId', t('rules.trial.last'))}
        {number('minutesSinceLastServed', t('rules.trial.since'))}
        {number(
          'familiarWindowMinutes',
          t('rules.trial.window'),
          accountWindow === null ? undefined : String(accountWindow),
        )}
        <Form.Item name="strategy" label={t('rules.trial.strategy')}>
          <Select
            options={STRATEGIES.map((strategy) => ({
              value: strategy,
              label: t(`rules.strategy.${strategy}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="requiredSkill" label={t('rules.trial.skill')}>
          <Input />
        </Form.Item>
      </div>

      <Form.List name="agents">
        {(fields, { add, remove }, { errors }) => (
          <>
            <Table
              className="trial-agents"
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={fields}
              columns={[
                ...(
                  [
                    ['agentId', 'rules.trial.agentId'],
                    ['username', 'rules.trial.username'],
                  ] as const
                ).map(([field, label]) => ({
                  title: t(label),
                  key: field,
                  render: (_: unknown, row: FormListFieldData) => (
                    <Form.Item name={[row.name, field]} noStyle>
                      {field === 'agentId' ? (
                        <InputNumber aria-label={`${t(label)} ${row.name + 1}`} min={1} precision={0} />
                      ) : (
                        <Input aria-label={`${t(label)} ${row.name + 1}`} />
                      )}
                    </Form.Item>
                  ),
                })),
                {
                  title: t('rules.trial.status'),
                  key: 'status',
                  render: (_: unknown, row: FormListFieldData) => (
                    <Form.Item name={[row.name, 'status']} noStyle>
                      <Select
                        aria-label={`${t('rules.trial.status')} ${row.name + 1}`}
                        style={{ minWidth: 90 }}
                        options={STATUSES.map((status) => ({
                          value: status,
                          label: t(`rules.status.${status}`),
                        }))}
                      />
                    </Form.Item>
                  ),
                },
                ...(
                  [
                    ['maxConcurrent', 'rules.trial.max', 1, undefined],
                    ['activeCount', 'rules.trial.active', 0, undefined],
                  ] as const
                ).map(([field, label, min]) => ({
                  title: t(label),
                  key: field,
                  render: (_: unknown, row: FormListFieldData) => (
                    <Form.Item name={[row.name, field]} noStyle>
                      <InputNumber aria-label={`${t(label)} ${row.name + 1}`} min={min} precision={0} />
                    </Form.Item>
                  ),
                })),
                ...(
                  [
                    ['member', 'rules.trial.member'],
                    ['excluded', 'rules.trial.excluded'],
                  ] as const
                ).map(([field, label]) => ({
                  title: t(label),
                  key: field,
                  render: (_: unknown, row: FormListFieldData) => (
                    <Form.Item name={[row.name, field]} valuePropName="checked" noStyle>
                      <Switch aria-label={`${t(label)} ${row.name + 1}`} size="small" />
                    </Form.Item>
                  ),
                })),
                {
                  title: t('rules.trial.skillLevel'),
                  key: 'skillLevel',
                  render: (_: unknown, row: FormListFieldData) => (
                    <Form.Item name={[row.name, 'skillLevel']} noStyle>
                      <InputNumber
                        aria-label={`${t('rules.trial.skillLevel')} ${row.name + 1}`}
                        min={0}
                        max={5}
                        precision={0}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'remove',
                  render: (_: unknown, row: FormListFieldData) => (
                    <Button type="link" danger onClick={() => remove(row.name)}>
                      {t('rules.trial.removeAgent')}
                    </Button>
                  ),
                },
              ]}
            />
            <Form.ErrorList errors={errors} />
            <Space className="actions" wrap>
              <Button onClick={() => add(nextAgent(form.getFieldValue('agents') ?? []))}>
                {t('rules.trial.addAgent')}
              </Button>
              <Form.Item name="useEditorRules" valuePropName="checked" noStyle>
                <Checkbox>{t('rules.trial.useEditor')}</Checkbox>
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={trial.isPending}>
                {t('rules.trial.run')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>

      {failure ? <Alert type="error" showIcon message={errorText(failure, t)} /> : null}
      <SourceProblems
        problems={compilerMessagesOf(trial.error)}
        source={useEditorRules ? editorDrl : undefined}
      />
      {trial.data && <TrialOutcome result={trial.data} />}
    </Form>
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
