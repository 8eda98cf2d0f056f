import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { flowValidator } from './SettingInputs';
import { parseKeywords } from './flowValidation';

/** The satisfaction scale, best first: one text box per label. */
export function LabelsEditor({ label, max }: { label: string; max: number }) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.List name="surveyLabels" rules={[flowValidator(form, 'surveyLabels', t)]}>
      {(rows, { add, remove }, { errors }) => (
        <Form.Item label={label}>
          <div className="list-editor" id="flow-surveyLabels">
            <ol>
              {rows.map((row, index) => (
                <li key={row.key} className="list-row">
                  <Form.Item name={row.name} noStyle>
                    <Input aria-label={t('ac.flow.surveyLabelN', { n: index + 1 })} />
                  </Form.Item>
                  <Button onClick={() => remove(row.name)}>{t('ac.common.remove')}</Button>
                </li>
              ))}
            </ol>
            <Button disabled={rows.length >= max} onClick={() => add('')}>
              {t('ac.flow.addLabel')}
            </Button>
            <Form.ErrorList errors={errors} />
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}

/**
 * Keywords are edited as one line; the raw text stays while typing so that a trailing comma is not
 * swallowed before the next keyword is typed.
 */
function KeywordsInput({
  value = [],
  label,
  onChange,
}: {
  value?: string[];
  label: string;
  onChange?: (keywords: string[]) => void;
}) {
  const [text, setText] = useState(value.join('，'));
  return (
    <Input
      aria-label={label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange?.(parseKeywords(event.target.value));
      }}
    />
  );
}

export function RobotAnswersEditor({ label }: { label: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.List name="robotAnswers" rules={[flowValidator(form, 'robotAnswers', t)]}>
      {(rows, { add, remove }, { errors }) => (
        <Form.Item label={label} extra={t('ac.flow.keywordsHint')}>
          <div className="list-editor" id="flow-robotAnswers">
            {rows.map((row, index) => (
              <div key={row.key} className="list-row">
                <Form.Item name={[row.name, 'keywords']} noStyle>
                  <KeywordsInput label={t('ac.flow.keywordsN', { n: index + 1 })} />
                </Form.Item>
                <Form.Item name={[row.name, 'answer']} noStyle>
                  <Input.TextArea aria-label={t('ac.flow.answerN', { n: index + 1 })} />
                </Form.Item>
                <Button onClick={() => remove(row.name)}>{t('ac.common.remove')}</Button>
              </div>
            ))}
            <Button onClick={() => add({ keywords: [], answer: '' })}>{t('ac.flow.addAnswer')}</Button>
            <Form.ErrorList errors={errors} />
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}

export function TemplateFieldsEditor({ label }: { label: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.List name="surveyTemplateFields" rules={[flowValidator(form, 'surveyTemplateFields', t)]}>
      {(rows, { add, remove }, { errors }) => (
        <Form.Item label={label} extra={t('ac.flow.templatePlaceholders')}>
          <div className="list-editor" id="flow-surveyTemplateFields">
            {rows.map((row, index) => (
              <div key={row.key} className="list-row">
                <Form.Item name={[row.name, 'name']} noStyle>
                  <Input aria-label={t('ac.flow.templateFieldNameN', { n: index + 1 })} />
                </Form.Item>
                <Form.Item name={[row.name, 'value']} noStyle>
                  <Input aria-label={t('ac.flow.templateFieldValueN', { n: index + 1 })} />
                </Form.Item>
                <Button onClick={() => remove(row.name)}>{t('ac.common.remove')}</Button>
              </div>
            ))}
            <Button onClick={() => add({ name: '', value: '' })}>{t('ac.flow.addTemplateField')}</Button>
            <Form.ErrorList errors={errors} />
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}
