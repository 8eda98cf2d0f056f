import { Button, Card, Form, Input, InputNumber, Select, Space, type FormInstance } from 'antd';
import type { Queue } from '../../../api/queues';
import { useT } from '../../../i18n/I18nProvider';
import type { EntryValues } from './navigationDraft';
import { MAX_ENTRIES, nextNumber } from './navigationValidation';
import { useDraftRule } from './useDraftRule';

type NamePath = (string | number)[];

interface Props {
  /** Untyped: the entries' name paths nest to any depth. */
  form: FormInstance;
  /** The list's name path, relative to the enclosing Form.List (as antd nests them) and absolute. */
  name: NamePath;
  absolute: NamePath;
  /** The list's path as the server and navigationValidation name it, e.g. "entries[1].entries". */
  path: string;
  queues: Queue[];
  depth: number;
}

const emptyValues = (number: number): EntryValues => ({
  number,
  label: '',
  clickKey: null,
  prompt: null,
  entries: [],
});

/** One menu level; an entry leads to a queue or, above the last level, to a sub-menu edited in place. */
export function EntriesEditor({ form, name, absolute, path, queues, depth }: Props) {
  const t = useT();
  const rule = useDraftRule(form);
  const targets = [
    ...queues.map((queue) => ({ value: queue.id as number | 'menu', label: queue.name })),
    ...(depth > 0 ? [{ value: 'menu' as const, label: t('ac.nav.subMenu') }] : []),
  ];
  return (
    <Form.List name={name} rules={[rule(path)]}>
      {(fields, { add, remove }, { errors }) => (
        <div className="entries" id={path}>
          {fields.map((field) => {
            const at = `${path}[${field.name}]`;
            const entryPath = [...absolute, field.name];
            return (
              <Card key={field.key} size="small" className="entry">
                <Space align="start" wrap>
                  <Form.Item name={[field.name, 'number']} rules={[rule(`${at}.number`)]}>
                    <InputNumber aria-label={t('ac.nav.number')} min={1} max={9} precision={0} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'label']} rules={[rule(`${at}.label`)]}>
                    <Input aria-label={t('ac.nav.label')} placeholder={t('ac.nav.label')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'target']} rules={[rule(at, `${at}.queueId`)]}>
                    <Select
                      aria-label={t('ac.nav.target')}
                      showSearch
                      optionFilterProp="label"
                      placeholder={t('ac.nav.chooseTarget')}
                      style={{ minWidth: 160 }}
                      options={targets}
                      onChange={(target) =>
                        form.setFieldValue(
                          [...entryPath, 'entries'],
                          target === 'menu' ? [emptyValues(1)] : [],
                        )
                      }
                    />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('ac.common.remove')}</Button>
                </Space>
                <Form.Item noStyle dependencies={[[...entryPath, 'target']]}>
                  {() =>
                    form.getFieldValue([...entryPath, 'target']) === 'menu' && (
                      <>
                        <Form.Item name={[field.name, 'prompt']}>
                          <Input aria-label={t('ac.nav.prompt')} placeholder={t('ac.nav.prompt')} />
                        </Form.Item>
                        <EntriesEditor
                          form={form}
                          name={[field.name, 'entries']}
                          absolute={[...entryPath, 'entries']}
                          path={`${at}.entries`}
                          queues={queues}
                          depth={depth - 1}
                        />
                      </>
                    )
                  }
                </Form.Item>
              </Card>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            disabled={fields.length >= MAX_ENTRIES}
            onClick={() => add(emptyValues(nextNumber(form.getFieldValue(absolute) ?? [])))}
          >
            {t('ac.nav.addEntry')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
