import { describe, expect, it } from 'vitest';
import { defaultFlowSettings } from './flowFixtures';
import { parseKeywords, validateFlowSettings } from './flowValidation';

describe('flow settings validation', () => {
  it('accepts the defaults', () => {
    expect(validateFlowSettings(defaultFlowSettings())).toEqual({});
  });

  it('names each timeout outside the spec range, at both ends', () => {
    const settings = {
      ...defaultFlowSettings(),
      agentAppeaseMinutes: 31,
      agentRemindSeconds: 9,
      autoTransferMinutes: 10,
      visitorPromptMinutes: 0,
      visitorCloseMinutes: 1,
      surveyExpiryMinutes: 10081,
      robotMaxUnanswered: Number.NaN,
    };
    expect(validateFlowSettings(settings)).toEqual({
      agentAppeaseMinutes: { key: 'ac.validation.range', params: { min: 1, max: 30 } },
      agentRemindSeconds: { key: 'ac.validation.range', params: { min: 10, max: 600 } },
      autoTransferMinutes: { key: 'ac.validation.range', params: { min: 1, max: 9 } },
      visitorPromptMinutes: { key: 'ac.validation.range', params: { min: 1, max: 20 } },
      visitorCloseMinutes: { key: 'ac.validation.range', params: { min: 2, max: 120 } },
      surveyExpiryMinutes: { key: 'ac.validation.range', params: { min: 5, max: 10080 } },
      robotMaxUnanswered: { key: 'ac.validation.range', params: { min: 1, max: 10 } },
    });
    expect(
      validateFlowSettings({ ...defaultFlowSettings(), visitorCloseMinutes: 120, agentRemindSeconds: 600 }),
    ).toEqual({});
  });

  it('requires texts only when their switch is on', () => {
    const off = { ...defaultFlowSettings(), queueAppeaseEnabled: false, queueAppeaseText: '', introText: '' };
    expect(validateFlowSettings(off)).toEqual({});
    expect(validateFlowSettings({ ...off, queueAppeaseEnabled: true, welcomeText: ' ' })).toEqual({
      welcomeText: { key: 'ac.validation.required' },
      queueAppeaseText: { key: 'ac.validation.required' },
    });
    expect(validateFlowSettings({ ...off, introText: 'x'.repeat(601) }).introText?.key).toBe(
      'ac.validation.tooLong',
    );
  });

  it('checks the lists: 2-10 labels, answers with keywords, template fields when the template is on', () => {
    const settings = defaultFlowSettings();
    expect(validateFlowSettings({ ...settings, surveyLabels: ['好'] }).surveyLabels).toBeDefined();
    expect(
      validateFlowSettings({ ...settings, surveyLabels: Array(11).fill('好') }).surveyLabels,
    ).toBeDefined();
    expect(validateFlowSettings({ ...settings, surveyLabels: ['好', ''] }).surveyLabels).toBeDefined();
    expect(
      validateFlowSettings({ ...settings, robotAnswers: [{ keywords: [], answer: 'x' }] }).robotAnswers,
    ).toBeDefined();
    const template = { ...settings, surveyTemplateEnabled: true };
    expect(Object.keys(validateFlowSettings({ ...template, surveyTemplateFields: [] }))).toEqual([
      'surveyTemplateId',
      'surveyTemplateFields',
    ]);
    expect(validateFlowSettings({ ...template, surveyTemplateId: 'tpl_1-A' })).toEqual({});
  });

  it('reads keywords separated by either comma', () => {
    expect(parseKeywords('营业时间，几点, hours,, ')).toEqual(['营业时间', '几点', 'hours']);
  });
});
