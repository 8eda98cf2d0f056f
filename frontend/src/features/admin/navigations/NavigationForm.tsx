import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import {
  createNavigation,
  updateNavigation,
  type Navigation,
  type NavigationDraft,
} from '../../../api/navigations';
import type { Queue } from '../../../api/queues';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { namePathOf, showServerErrors } from '../serverFieldErrors';
import { EntriesEditor } from './EntriesEditor';
import { draftOf, draftOfValues, valuesOf, type NavigationValues } from './navigationDraft';
import { emptyEntry } from './navigationValidation';
import { useDraftRule } from './useDraftRule';

/** Menus go two levels deep: main entries and their sub-menus. */
const MENU_DEPTH = 1;

interface Props {
  queues: Queue[];
  /** The navigation to edit; without it the form creates a new one. */
  editing?: Navigation;
  onSaved: () => void;
  onCancel?: () => void;
}

/** The server names an entry's target by the entry itself or its queueId; the form by its target field. */
function fieldOf(path: string): (string | number)[] {
  const name = namePathOf(path.replace(/\.queueId$/, ''));
  return /\]$/.test(path) || path.endsWith('.queueId') ? [...name, 'target'] : name;
}

export function NavigationForm({ queues, editing, onSaved, onCancel }: Props) {
  const t = useT();
  const [form] = Form.useForm<NavigationValues>();
  const rule = useDraftRule(form);
  const [failure, setFailure] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (draft: NavigationDraft) =>
      editing ? updateNavigation(editing.id, draft) : createNavigation(draft),
    onMutate: () => setFailure(null),
    onSuccess: onSaved,
    onError: (error) => setFailure(showServerErrors(form, error, fieldOf)),
  });
  const initial = valuesOf(
    editing
      ? draftOf(editing)
      : {
          name: '',
          greeting: '',
          maxInvalidAnswers: 3,
          defaultQueueId: queues[0]?.id ?? null,
          entries: [emptyEntry(1)],
        },
  );

  return (
    <Form<NavigationValues>
      form={form}
      name={editing ? `navigation-${editing.id}` : 'navigation-new'}
      layout="vertical"
      className="card"
      initialValues={initial}
      scrollToFirstError
      onFinish={() => save.mutate(draftOfValues(form.getFieldsValue(true) as NavigationValues))}
    >
      <h2>{editing ? t('ac.nav.edit') : t('ac.nav.create')}</h2>
      {editing && <p className="muted">{t('ac.nav.editNote')}</p>}
      <Form.Item name="name" label={t('ac.nav.name')} rules={[rule('name')]}>
        <Input />
      </Form.Item>
      <Form.Item name="greeting" label={t('ac.nav.greeting')} rules={[rule('greeting')]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item
        name="maxInvalidAnswers"
        label={t('ac.nav.maxInvalidAnswers')}
        rules={[rule('maxInvalidAnswers')]}
      >
        <InputNumber min={1} max={10} precision={0} />
      </Form.Item>
      <Form.Item name="defaultQueueId" label={t('ac.nav.defaultQueue')} rules={[rule('defaultQueueId')]}>
        <Select
          showSearch
          optionFilterProp="label"
          placeholder={t('ac.nav.chooseTarget')}
          options={queues.map((queue) => ({ value: queue.id, label: queue.name }))}
        />
      </Form.Item>
      <EntriesEditor
        form={form}
        name={['entries']}
        absolute={['entries']}
        path="entries"
        queues={queues}
        depth={MENU_DEPTH}
      />
      {failure ? <Alert type="error" showIcon message={errorText(failure, t)} /> : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {editing ? t('ac.common.save') : t('ac.nav.create')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  );
}
