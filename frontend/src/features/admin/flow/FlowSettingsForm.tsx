import { Button, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import { useState } from 'react';
import { saveFlowSettings, type FlowSettings, type SolvedQuestion } from '../../../api/flowSettings';
import type { Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { useFormSubmit } from '../useFormSubmit';
import { LabelsEditor, RobotAnswersEditor, TemplateFieldsEditor } from './ListEditors';
import { LABELS_MAX, RANGES, type FlowField, type SwitchField, type TextField } from './flowValidation';
import { flowRule, Section } from './SettingInputs';

const SOLVED: SolvedQuestion[] = ['OFF', 'OPTIONAL', 'REQUIRED'];

/** The switch a text is needed under, so that turning it off or on checks the text again. */
const TEXT_SWITCHES: Partial<Record<TextField, SwitchField>> = {
  queuePromptText: 'queuePromptEnabled',
  queueAppeaseText: 'queueAppeaseEnabled',
  giveUpKeyword: 'giveUpEnabled',
  giveUpText: 'giveUpEnabled',
  agentAppeaseText: 'agentAppeaseEnabled',
  agentRemindText: 'agentRemindEnabled',
  visitorPromptText: 'visitorPromptEnabled',
  visitorCloseText: 'visitorCloseEnabled',
  robotHandoverKeyword: 'robotEnabled',
  surveyTemplateId: 'surveyTemplateEnabled',
};

interface Props {
  accountId: number;
  initial: FlowSettings;
  queues: Queue[];
}

/**
 * Every flow setting of one account in sections. The client checks the spec's ranges before sending;
 * the server checks them again and its messages are shown next to the field they name.
 */
export function FlowSettingsForm({ accountId, initial, queues }: Props) {
  const t = useT();
  const [form] = Form.useForm<FlowSettings>();
  const { busy, failure, submit } = useFormSubmit(form);
  const [saved, setSaved] = useState(false);
  // Until the form has rendered once the watches read nothing: the saved settings stand in.
  const timeouts = {
    agentAppeaseEnabled: Form.useWatch('agentAppeaseEnabled', form) ?? initial.agentAppeaseEnabled,
    agentRemindEnabled: Form.useWatch('agentRemindEnabled', form) ?? initial.agentRemindEnabled,
    autoTransferEnabled: Form.useWatch('autoTransferEnabled', form) ?? initial.autoTransferEnabled,
    visitorPromptEnabled: Form.useWatch('visitorPromptEnabled', form) ?? initial.visitorPromptEnabled,
    visitorCloseEnabled: Form.useWatch('visitorCloseEnabled', form) ?? initial.visitorCloseEnabled,
  };

  const label = (field: FlowField) => t(`ac.flow.${field}` as MessageKey);

  function text(field: TextField, hint?: string, disabled = false) {
    const needs = TEXT_SWITCHES[field];
    return (
      <Form.Item
        name={field}
        label={label(field)}
        extra={hint}
        dependencies={needs ? [needs] : undefined}
        rules={[flowRule(field, t)]}
      >
        <Input.TextArea rows={2} disabled={disabled} />
      </Form.Item>
    );
  }

  function number(field: keyof typeof RANGES, unit: string, disabled = false) {
    const [min, max] = RANGES[field];
    return (
      <Form.Item
        name={field}
        label={label(field)}
        extra={t('ac.flow.rangeHint', { min, max, unit })}
        rules={[flowRule(field, t)]}
      >
        {/* No min or max here: a value out of range is named by the rule rather than silently changed. */}
        <InputNumber className="number-row" suffix={unit} disabled={disabled} />
      </Form.Item>
    );
  }

  function toggle(field: SwitchField) {
    return (
      <Form.Item name={field} label={label(field)} valuePropName="checked">
        <Switch />
      </Form.Item>
    );
  }

  async function save(settings: FlowSettings) {
    const accepted = await submit(async () =>
      form.setFieldsValue(await saveFlowSettings(accountId, settings)),
    );
    setSaved(accepted);
  }

  const min = t('ac.unit.minutes');
  return (
    <Form<FlowSettings>
      form={form}
      name="flow"
      layout="vertical"
      className="settings-form"
      initialValues={{ ...initial, autoTransferQueueId: initial.autoTransferQueueId ?? undefined }}
      scrollToFirstError={{ block: 'center', focus: true }}
      onValuesChange={() => setSaved(false)}
      // A cleared queue is the same queue's other agents, which the server reads as none.
      onFinish={(settings) =>
        void save({ ...initial, ...settings, autoTransferQueueId: settings.autoTransferQueueId ?? null })
      }
    >
      <Section title={t('ac.flow.section.access')}>
        {text('welcomeText')}
        {text('introText')}
      </Section>
      <Section title={t('ac.flow.section.robot')}>
        {toggle('robotEnabled')}
        {toggle('robotCoversNoAgent')}
        <RobotAnswersEditor label={label('robotAnswers')} />
        {text('robotHandoverKeyword')}
        {number('robotMaxUnanswered', t('ac.unit.times'))}
      </Section>
      <Section title={t('ac.flow.section.queue')}>
        {toggle('queuePromptEnabled')}
        {text('queuePromptText', t('ac.flow.positionHint'))}
        {toggle('queueAppeaseEnabled')}
        {text('queueAppeaseText')}
        {toggle('giveUpEnabled')}
        {text('giveUpKeyword')}
        {text('giveUpText')}
      </Section>
      <Section title={t('ac.flow.section.timeouts')}>
        {toggle('agentAppeaseEnabled')}
        {number('agentAppeaseMinutes', min, !timeouts.agentAppeaseEnabled)}
        {text('agentAppeaseText', undefined, !timeouts.agentAppeaseEnabled)}
        {toggle('agentRemindEnabled')}
        {number('agentRemindSeconds', t('ac.unit.seconds'), !timeouts.agentRemindEnabled)}
        {text('agentRemindText', undefined, !timeouts.agentRemindEnabled)}
        {toggle('autoTransferEnabled')}
        {number('autoTransferMinutes', min, !timeouts.autoTransferEnabled)}
        <Form.Item name="autoTransferQueueId" label={label('autoTransferQueueId')}>
          <Select
            allowClear
            placeholder={t('ac.flow.sameQueue')}
            disabled={!timeouts.autoTransferEnabled}
            options={queues.map((queue) => ({ value: queue.id, label: queue.name }))}
          />
        </Form.Item>
        {toggle('visitorPromptEnabled')}
        {number('visitorPromptMinutes', min, !timeouts.visitorPromptEnabled)}
        {text('visitorPromptText', undefined, !timeouts.visitorPromptEnabled)}
        {toggle('visitorCloseEnabled')}
        {number('visitorCloseMinutes', min, !timeouts.visitorCloseEnabled)}
        {text('visitorCloseText', undefined, !timeouts.visitorCloseEnabled)}
      </Section>
      <Section title={t('ac.flow.section.end')}>
        <p className="hint">{t('ac.flow.endTextVisitorTimeoutHint')}</p>
        {text('endTextAgentEnded')}
      </Section>
      <Section title={t('ac.flow.section.survey')}>
        <Form.Item label={<span id="flow-surveyAutomatic-label">{label('surveyAutomatic')}</span>}>
          {/* antd's group is a plain div: the role names it for assistive technology. */}
          <div role="radiogroup" aria-labelledby="flow-surveyAutomatic-label">
            <Form.Item name="surveyAutomatic" noStyle>
              <Radio.Group
                options={[
                  { value: true, label: t('ac.flow.surveyAutomatic.yes') },
                  { value: false, label: t('ac.flow.surveyAutomatic.no') },
                ]}
              />
            </Form.Item>
          </div>
        </Form.Item>
        <LabelsEditor label={label('surveyLabels')} max={LABELS_MAX} />
        <Form.Item name="surveySolvedQuestion" label={label('surveySolvedQuestion')}>
          <Select
            options={SOLVED.map((value) => ({ value, label: t(`ac.flow.solved.${value}` as MessageKey) }))}
          />
        </Form.Item>
        {number('surveyExpiryMinutes', min)}
        {text('surveyInviteText')}
      </Section>
      <Section title={t('ac.flow.section.template')}>
        {toggle('surveyTemplateEnabled')}
        <Form.Item
          name="surveyTemplateId"
          label={label('surveyTemplateId')}
          dependencies={['surveyTemplateEnabled']}
          rules={[flowRule('surveyTemplateId', t)]}
        >
          <Input />
        </Form.Item>
        <TemplateFieldsEditor label={label('surveyTemplateFields')} />
      </Section>
      <Alert message={failure ? errorText(failure, t) : null} />
      <Alert tone="success" message={saved ? t('ac.common.saved') : null} />
      <Button type="primary" htmlType="submit" loading={busy}>
        {busy ? t('ac.common.saving') : t('ac.common.save')}
      </Button>
    </Form>
  );
}
