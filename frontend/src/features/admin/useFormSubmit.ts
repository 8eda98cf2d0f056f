import type { FormInstance, FormRule } from 'antd';
import { useState } from 'react';
import { ApiError, type FieldErrors } from '../../api/client';
import type { MessageKey } from '../../i18n/messages';

type Word = (key: MessageKey, params?: Record<string, string | number>) => string;

/** antd's path of the field the server names, e.g. `robotAnswers[0].keyword` → robotAnswers, 0, keyword. */
export function fieldPath(serverField: string): (string | number)[] {
  return serverField
    .split(/[.[\]]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * An antd rule that asks a validation module (the server's rules, kept client-side) about one field.
 * `problems` reads the whole form, so a field whose rule depends on another (a skill that skill-first
 * routing needs) is checked against the other's current value; list it in the item's `dependencies`.
 */
export function ruleOf<V>(
  problems: (values: V) => Partial<Record<string, MessageKey>>,
  field: string,
  t: Word,
  params?: Record<string, string | number>,
): FormRule {
  return (form) => ({
    validator: () => {
      const problem = problems(form.getFieldsValue(true) as V)[field];
      return problem ? Promise.reject(new Error(t(problem, params))) : Promise.resolve();
    },
  });
}

/**
 * The submit cycle of the admin's antd forms, after the form's own rules passed: the server's per-field
 * messages (docs/api-errors.md) go beside the fields they name, the first of them scrolled into view;
 * a failure no field on the form explains (the network, a 403, a field the form does not show) is
 * returned as `failure` for the alert beside the button.
 */
export function useFormSubmit(form: FormInstance) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  /** True when sent and accepted. */
  async function submit(send: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setFailure(null);
    try {
      await send();
      return true;
    } catch (caught) {
      const explained = caught instanceof ApiError && showOnFields(form, caught.fields);
      if (!explained) setFailure(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, failure, submit };
}

/** True when every field error names a field of the form. */
function showOnFields(form: FormInstance, fields: FieldErrors): boolean {
  const onForm = new Set(form.getFieldsError().map((field) => JSON.stringify(field.name)));
  const errors = Object.entries(fields).map(([field, message]) => ({
    name: fieldPath(field),
    errors: [message],
  }));
  const shown = errors.filter((error) => onForm.has(JSON.stringify(error.name)));
  if (shown.length === 0) return false;
  form.setFields(shown);
  form.scrollToField(shown[0].name, { block: 'center', focus: true });
  return shown.length === errors.length;
}
