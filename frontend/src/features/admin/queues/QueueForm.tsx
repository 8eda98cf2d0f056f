import { Button, Form, Input, Select } from 'antd';
import { QUEUE_STRATEGIES, type QueueChange } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { ruleOf, useFormSubmit } from '../useFormSubmit';
import { QUEUE_NAME_MAX, validateQueue } from './queueValidation';

interface Props {
  /** The form's name, which antd puts before each field's id (e.g. `queue-new_name`). */
  idPrefix: string;
  initial: QueueChange;
  submitLabel: string;
  onSubmit: (queue: QueueChange) => Promise<void>;
}

export function QueueForm({ idPrefix, initial, submitLabel, onSubmit }: Props) {
  const t = useT();
  const [form] = Form.useForm<QueueChange>();
  const { busy, failure, submit } = useFormSubmit(form);

  return (
    <Form<QueueChange>
      form={form}
      name={idPrefix}
      layout="inline"
      className="inline-form"
      initialValues={initial}
      scrollToFirstError
      onFinish={(queue) =>
        void submit(() =>
          onSubmit({ ...queue, name: queue.name.trim(), requiredSkill: queue.requiredSkill?.trim() || null }),
        )
      }
    >
      <Form.Item
        name="name"
        label={t('ac.queues.name')}
        rules={[ruleOf(validateQueue, 'name', t, { max: QUEUE_NAME_MAX })]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="strategy" label={t('ac.queues.strategy')}>
        <Select
          style={{ minWidth: 140 }}
          options={QUEUE_STRATEGIES.map((strategy) => ({
            value: strategy,
            label: t(`ac.queues.strategy.${strategy}` as MessageKey),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="requiredSkill"
        label={t('ac.queues.requiredSkill')}
        dependencies={['strategy']}
        rules={[ruleOf(validateQueue, 'requiredSkill', t)]}
      >
        <Input />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {busy ? t('ac.common.saving') : submitLabel}
        </Button>
      </Form.Item>
      <Alert message={failure ? errorText(failure, t) : null} />
    </Form>
  );
}
