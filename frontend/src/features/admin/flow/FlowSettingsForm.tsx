import { Radio } from 'antd';
import { useState, type FormEvent } from 'react';
import { saveFlowSettings, type FlowSettings, type SolvedQuestion } from '../../../api/flowSettings';
import type { Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { useCheckedSubmit } from '../useCheckedSubmit';
import { LabelsEditor, RobotAnswersEditor, TemplateFieldsEditor } from './ListEditors';
import {
  LABELS_MAX,
  RANGES,
  validateFlowSettings,
  type FlowField,
  type SwitchField,
  type TextField,
} from './flowValidation';
import { ListSetting, NumberSetting, Section, TextSetting, Toggle } from './SettingInputs';

const SOLVED: SolvedQuestion[] = ['OFF', 'OPTIONAL', 'REQUIRED'];

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
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const problems = validateFlowSettings(settings);
  const {
    formRef,
    attempted,
    serverErrors,
    setServerErrors,
    busy,
    failure,
    submit: checkedSubmit,
  } = useCheckedSubmit(problems);

  function error(field: FlowField): string | undefined {
    if (serverErrors[field]) return serverErrors[field];
    const problem = attempted ? problems[field] : undefined;
    return problem && t(problem.key, problem.params);
  }

  function set<K extends FlowField>(field: K, value: FlowSettings[K]) {
    setSettings((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _, ...rest }) => rest);
    setSaved(false);
  }

  const label = (field: FlowField) => t(`ac.flow.${field}` as MessageKey);

  function text(field: TextField, hint?: string, disabled = false) {
    return (
      <TextSetting
        id={`flow-${field}`}
        label={label(field)}
        hint={hint}
        disabled={disabled}
        value={settings[field]}
        error={error(field)}
        onChange={(value) => set(field, value)}
      />
    );
  }

  function number(field: keyof typeof RANGES, unit: string, disabled = false) {
    const [min, max] = RANGES[field];
    return (
      <NumberSetting
        id={`flow-${field}`}
        label={label(field)}
        hint={t('ac.flow.rangeHint', { min, max, unit })}
        min={min}
        max={max}
        unit={unit}
        disabled={disabled}
        value={settings[field]}
        error={error(field)}
        onChange={(value) => set(field, value)}
      />
    );
  }

  function toggle(field: SwitchField) {
    return (
      <Toggle
        id={`flow-${field}`}
        label={label(field)}
        checked={settings[field]}
        onChange={(on) => set(field, on)}
      />
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(await checkedSubmit(async () => setSettings(await saveFlowSettings(accountId, settings))));
  }

  const min = t('ac.unit.minutes');
  return (
    <form ref={formRef} className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
      <Section title={t('ac.flow.section.access')}>
        {text('welcomeText')}
        {text('introText')}
      </Section>
      <Section title={t('ac.flow.section.robot')}>
        {toggle('robotEnabled')}
        {toggle('robotCoversNoAgent')}
        <ListSetting id="flow-robotAnswers" label={label('robotAnswers')} error={error('robotAnswers')}>
          <RobotAnswersEditor
            answers={settings.robotAnswers}
            onChange={(answers) => set('robotAnswers', answers)}
          />
        </ListSetting>
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
        {number('agentAppeaseMinutes', min, !settings.agentAppeaseEnabled)}
        {text('agentAppeaseText', undefined, !settings.agentAppeaseEnabled)}
        {toggle('agentRemindEnabled')}
        {number('agentRemindSeconds', t('ac.unit.seconds'), !settings.agentRemindEnabled)}
        {text('agentRemindText', undefined, !settings.agentRemindEnabled)}
        {toggle('autoTransferEnabled')}
        {number('autoTransferMinutes', min, !settings.autoTransferEnabled)}
        <div className="field">
          <label htmlFor="flow-autoTransferQueueId">{label('autoTransferQueueId')}</label>
          <select
            id="flow-autoTransferQueueId"
            value={settings.autoTransferQueueId ?? ''}
            disabled={!settings.autoTransferEnabled}
            onChange={(event) =>
              set('autoTransferQueueId', event.target.value === '' ? null : Number(event.target.value))
            }
          >
            <option value="">{t('ac.flow.sameQueue')}</option>
            {queues.map((queue) => (
              <option key={queue.id} value={queue.id}>
                {queue.name}
              </option>
            ))}
          </select>
        </div>
        {toggle('visitorPromptEnabled')}
        {number('visitorPromptMinutes', min, !settings.visitorPromptEnabled)}
        {text('visitorPromptText', undefined, !settings.visitorPromptEnabled)}
        {toggle('visitorCloseEnabled')}
        {number('visitorCloseMinutes', min, !settings.visitorCloseEnabled)}
        {text('visitorCloseText', undefined, !settings.visitorCloseEnabled)}
      </Section>
      <Section title={t('ac.flow.section.end')}>
        <p className="hint">{t('ac.flow.endTextVisitorTimeoutHint')}</p>
        {text('endTextAgentEnded')}
      </Section>
      <Section title={t('ac.flow.section.survey')}>
        <div className="field">
          <span className="label" id="flow-surveyAutomatic-label">
            {label('surveyAutomatic')}
          </span>
          {/* antd's group is a plain div: the role names it for assistive technology. */}
          <div role="radiogroup" aria-labelledby="flow-surveyAutomatic-label">
            <Radio.Group
              value={settings.surveyAutomatic}
              onChange={(event) => set('surveyAutomatic', event.target.value as boolean)}
              options={[
                { value: true, label: t('ac.flow.surveyAutomatic.yes') },
                { value: false, label: t('ac.flow.surveyAutomatic.no') },
              ]}
            />
          </div>
        </div>
        <ListSetting id="flow-surveyLabels" label={label('surveyLabels')} error={error('surveyLabels')}>
          <LabelsEditor
            labels={settings.surveyLabels}
            max={LABELS_MAX}
            onChange={(labels) => set('surveyLabels', labels)}
          />
        </ListSetting>
        <div className="field">
          <label htmlFor="flow-surveySolvedQuestion">{label('surveySolvedQuestion')}</label>
          <select
            id="flow-surveySolvedQuestion"
            value={settings.surveySolvedQuestion}
            onChange={(event) => set('surveySolvedQuestion', event.target.value as SolvedQuestion)}
          >
            {SOLVED.map((value) => (
              <option key={value} value={value}>
                {t(`ac.flow.solved.${value}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {number('surveyExpiryMinutes', min)}
        {text('surveyInviteText')}
      </Section>
      <Section title={t('ac.flow.section.template')}>
        {toggle('surveyTemplateEnabled')}
        <TextSetting
          id="flow-surveyTemplateId"
          label={label('surveyTemplateId')}
          value={settings.surveyTemplateId}
          error={error('surveyTemplateId')}
          onChange={(value) => set('surveyTemplateId', value)}
        />
        <ListSetting
          id="flow-surveyTemplateFields"
          label={label('surveyTemplateFields')}
          error={error('surveyTemplateFields')}
        >
          <TemplateFieldsEditor
            fields={settings.surveyTemplateFields}
            onChange={(fields) => set('surveyTemplateFields', fields)}
          />
        </ListSetting>
      </Section>
      {attempted && Object.keys(problems).length > 0 && <Alert message={t('ac.validation.fixFields')} />}
      <Alert message={failure ? errorText(failure, t) : null} />
      <Alert tone="success" message={saved ? t('ac.common.saved') : null} />
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
