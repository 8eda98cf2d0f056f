import { useState } from 'react';
import type { RobotAnswer, TemplateField } from '../../../api/flowSettings';
import { useT } from '../../../i18n/I18nProvider';
import { parseKeywords } from './flowValidation';

function replaceAt<T>(list: T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The satisfaction scale, best first: one text box per label. */
export function LabelsEditor({
  labels,
  onChange,
  max,
}: {
  labels: string[];
  onChange: (labels: string[]) => void;
  max: number;
}) {
  const t = useT();
  return (
    <div className="list-editor" id="flow-surveyLabels">
      <ol>
        {labels.map((label, index) => (
          <li key={index} className="list-row">
            <input
              aria-label={t('ac.flow.surveyLabelN', { n: index + 1 })}
              value={label}
              onChange={(event) => onChange(replaceAt(labels, index, event.target.value))}
            />
            <button type="button" onClick={() => onChange(removeAt(labels, index))}>
              {t('ac.common.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={labels.length >= max} onClick={() => onChange([...labels, ''])}>
        {t('ac.flow.addLabel')}
      </button>
    </div>
  );
}

/**
 * Keywords are edited as one line; the raw text stays while typing so that a trailing comma is not
 * swallowed before the next keyword is typed.
 */
function KeywordsInput({
  keywords,
  label,
  onChange,
}: {
  keywords: string[];
  label: string;
  onChange: (k: string[]) => void;
}) {
  const [text, setText] = useState(keywords.join('，'));
  return (
    <input
      aria-label={label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseKeywords(event.target.value));
      }}
    />
  );
}

export function RobotAnswersEditor({
  answers,
  onChange,
}: {
  answers: RobotAnswer[];
  onChange: (a: RobotAnswer[]) => void;
}) {
  const t = useT();
  return (
    <div className="list-editor" id="flow-robotAnswers">
      {answers.map((answer, index) => (
        // Rows remount when one is removed, so each keyword line restarts from its saved keywords.
        <div key={`${index}/${answers.length}`} className="list-row">
          <KeywordsInput
            label={t('ac.flow.keywordsN', { n: index + 1 })}
            keywords={answer.keywords}
            onChange={(keywords) => onChange(replaceAt(answers, index, { ...answer, keywords }))}
          />
          <textarea
            aria-label={t('ac.flow.answerN', { n: index + 1 })}
            value={answer.answer}
            onChange={(event) =>
              onChange(replaceAt(answers, index, { ...answer, answer: event.target.value }))
            }
          />
          <button type="button" onClick={() => onChange(removeAt(answers, index))}>
            {t('ac.common.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...answers, { keywords: [], answer: '' }])}>
        {t('ac.flow.addAnswer')}
      </button>
      <p className="hint">{t('ac.flow.keywordsHint')}</p>
    </div>
  );
}

export function TemplateFieldsEditor({
  fields,
  onChange,
}: {
  fields: TemplateField[];
  onChange: (f: TemplateField[]) => void;
}) {
  const t = useT();
  return (
    <div className="list-editor" id="flow-surveyTemplateFields">
      {fields.map((field, index) => (
        <div key={index} className="list-row">
          <input
            aria-label={t('ac.flow.templateFieldNameN', { n: index + 1 })}
            value={field.name}
            onChange={(event) => onChange(replaceAt(fields, index, { ...field, name: event.target.value }))}
          />
          <input
            aria-label={t('ac.flow.templateFieldValueN', { n: index + 1 })}
            value={field.value}
            onChange={(event) => onChange(replaceAt(fields, index, { ...field, value: event.target.value }))}
          />
          <button type="button" onClick={() => onChange(removeAt(fields, index))}>
            {t('ac.common.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...fields, { name: '', value: '' }])}>
        {t('ac.flow.addTemplateField')}
      </button>
      <p className="hint">{t('ac.flow.templatePlaceholders')}</p>
    </div>
  );
}
