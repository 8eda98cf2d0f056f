import type { FlowSettings } from '../../../api/flowSettings';
import type { MessageKey } from '../../../i18n/messages';

export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type FlowField = keyof FlowSettings;
export type FlowProblems = Partial<Record<FlowField, Problem>>;

/** The spec's ranges, the same as the server's FlowSettings.problems(). */
export const RANGES = {
  agentAppeaseMinutes: [1, 30],
  agentRemindSeconds: [10, 600],
  autoTransferMinutes: [1, 9],
  visitorPromptMinutes: [1, 20],
  visitorCloseMinutes: [2, 120],
  robotMaxUnanswered: [1, 10],
  surveyExpiryMinutes: [5, 10080],
} as const satisfies Partial<Record<FlowField, readonly [number, number]>>;

export const TEXT_MAX = 600;
export const LABELS_MIN = 2;
export const LABELS_MAX = 10;
export const LABEL_MAX_LENGTH = 20;
export const TEMPLATE_FIELDS_MAX = 20;
export const TEMPLATE_VALUE_MAX = 200;

const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const TEMPLATE_FIELD_NAME = /^[A-Za-z0-9_]{1,32}$/;

/** The settings of one value type, e.g. every text or every switch. */
type FieldsOf<T> = { [K in FlowField]: FlowSettings[K] extends T ? K : never }[FlowField];

export type TextField = FieldsOf<string>;
export type SwitchField = FieldsOf<boolean>;

/** Each text and when it is required; optional texts may be empty but not too long. */
function textRules(s: FlowSettings): [TextField, boolean][] {
  return [
    ['welcomeText', true],
    ['introText', false],
    ['queuePromptText', s.queuePromptEnabled],
    ['queueAppeaseText', s.queueAppeaseEnabled],
    ['giveUpKeyword', s.giveUpEnabled],
    ['giveUpText', s.giveUpEnabled],
    ['agentAppeaseText', s.agentAppeaseEnabled],
    ['agentRemindText', s.agentRemindEnabled],
    ['visitorPromptText', s.visitorPromptEnabled],
    ['visitorCloseText', s.visitorCloseEnabled],
    ['endTextAgentEnded', true],
    ['surveyInviteText', true],
    ['robotHandoverKeyword', s.robotEnabled],
  ];
}

export function validateFlowSettings(s: FlowSettings): FlowProblems {
  const problems: FlowProblems = {};
  for (const [field, [min, max]] of Object.entries(RANGES) as [
    keyof typeof RANGES,
    readonly [number, number],
  ][]) {
    const value = s[field];
    if (!Number.isInteger(value) || value < min || value > max) {
      problems[field] = { key: 'ac.validation.range', params: { min, max } };
    }
  }
  for (const [field, required] of textRules(s)) {
    const value = s[field] ?? '';
    if (value.trim() === '') {
      if (required) problems[field] = { key: 'ac.validation.required' };
    } else if (value.length > TEXT_MAX) {
      problems[field] = { key: 'ac.validation.tooLong', params: { max: TEXT_MAX } };
    }
  }
  if (
    s.surveyLabels.length < LABELS_MIN ||
    s.surveyLabels.length > LABELS_MAX ||
    s.surveyLabels.some((label) => label.trim() === '' || label.length > LABEL_MAX_LENGTH)
  ) {
    problems.surveyLabels = {
      key: 'ac.validation.labels',
      params: { min: LABELS_MIN, max: LABELS_MAX, length: LABEL_MAX_LENGTH },
    };
  }
  if (
    s.robotAnswers.some(
      (a) =>
        a.keywords.length === 0 ||
        a.keywords.some((k) => k.trim() === '') ||
        a.answer.trim() === '' ||
        a.answer.length > TEXT_MAX,
    )
  ) {
    problems.robotAnswers = { key: 'ac.validation.robotAnswers', params: { max: TEXT_MAX } };
  }
  if (s.surveyTemplateEnabled && !TEMPLATE_ID.test(s.surveyTemplateId ?? '')) {
    problems.surveyTemplateId = { key: 'ac.validation.templateId' };
  }
  if (
    s.surveyTemplateFields.length > TEMPLATE_FIELDS_MAX ||
    (s.surveyTemplateEnabled && s.surveyTemplateFields.length === 0) ||
    s.surveyTemplateFields.some(
      (f) => !TEMPLATE_FIELD_NAME.test(f.name) || f.value.length > TEMPLATE_VALUE_MAX,
    )
  ) {
    problems.surveyTemplateFields = {
      key: 'ac.validation.templateFields',
      params: { max: TEMPLATE_FIELDS_MAX, length: TEMPLATE_VALUE_MAX },
    };
  }
  return problems;
}

/** Keywords are typed as one line separated by commas (either width) and kept without blanks. */
export function parseKeywords(line: string): string[] {
  return line
    .split(/[,，]/)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
}
