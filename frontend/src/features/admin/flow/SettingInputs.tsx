import type { FormInstance, FormRule } from 'antd';
import type { ReactNode } from 'react';
import type { FlowSettings } from '../../../api/flowSettings';
import type { MessageKey } from '../../../i18n/messages';
import { validateFlowSettings, type FlowField } from './flowValidation';

type Word = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Checks one flow setting with the validation module (the server's checks), asked about the whole form
 * since a text's need depends on its switch. A rule of a Form.List, which takes validators only.
 */
export function flowValidator(form: FormInstance, field: FlowField, t: Word) {
  return {
    validator: () => {
      const problem = validateFlowSettings(form.getFieldsValue(true) as FlowSettings)[field];
      return problem ? Promise.reject(new Error(t(problem.key, problem.params))) : Promise.resolve();
    },
  };
}

/** The same check as a Form.Item's rule. */
export function flowRule(field: FlowField, t: Word): FormRule {
  return (form) => flowValidator(form as FormInstance, field, t);
}

/** A group of settings with its own heading, e.g. 排队 or 超时. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="card settings-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
