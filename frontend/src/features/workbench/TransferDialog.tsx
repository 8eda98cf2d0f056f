import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { transferConversation, type TransferTarget } from '../../api/conversations';
import { listTransferTargets, type TransferTargetQueue } from '../../api/workbench';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';

interface TransferDialogProps {
  conversationId: number;
  /** Called with the name of the queue or agent the conversation went to. */
  onTransferred: (targetName: string) => void;
  onClose: () => void;
  /** How the transfer is asked for: the agent's own API unless a supervisor steers from the monitor. */
  transfer?: (conversationId: number, target: TransferTarget, note: string) => Promise<void>;
}

interface TransferForm {
  to: 'queue' | 'agent';
  queueId?: number;
  agentId?: number;
  note?: string;
}

/**
 * Hands the conversation to a queue (its rules pick the agent) or to a named online agent of a queue
 * (本队列或指定队列的其他客服), shown with their load; the server refuses an agent who cannot take it now.
 */
export function TransferDialog({
  conversationId,
  onTransferred,
  onClose,
  transfer = transferConversation,
}: TransferDialogProps) {
  const t = useT();
  const [form] = Form.useForm<TransferForm>();
  const to = Form.useWatch('to', form) ?? 'queue';
  const queueId = Form.useWatch('queueId', form);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const targets = useQuery({ queryKey: ['transfer-targets'], queryFn: listTransferTargets });
  const queues = targets.data ?? [];
  const agents = queues.find((queue) => queue.id === queueId)?.onlineAgents ?? [];

  async function submit(values: TransferForm) {
    setBusy(true);
    setFailure(null);
    try {
      const target =
        values.to === 'agent'
          ? { queueId: values.queueId!, agentId: values.agentId! }
          : { queueId: values.queueId! };
      await transfer(conversationId, target, values.note?.trim() ?? '');
      const queue = queues.find((candidate) => candidate.id === values.queueId);
      const agent = queue?.onlineAgents.find((candidate) => candidate.userId === values.agentId);
      onTransferred((values.to === 'agent' ? agent?.displayName : undefined) ?? queue?.name ?? '');
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('transfer.title')}
      okText={t('transfer.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: queues.length === 0 }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {(failure ?? targets.error) && (
        <Alert type="error" showIcon role="alert" message={errorText(failure ?? targets.error, t)} />
      )}
      {targets.isSuccess && queues.length === 0 && (
        <Typography.Text type="secondary">{t('transfer.noQueues')}</Typography.Text>
      )}
      <Form<TransferForm>
        form={form}
        name="transfer"
        layout="vertical"
        initialValues={{ to: 'queue' }}
        onFinish={submit}
        onValuesChange={(changed: Partial<TransferForm>) => {
          if ('queueId' in changed || 'to' in changed) form.setFieldValue('agentId', undefined);
        }}
      >
        <Form.Item name="to" label={t('transfer.to')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'queue', label: t('transfer.toQueue') },
              { value: 'agent', label: t('transfer.toAgent') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="queueId"
          label={t('transfer.queue')}
          rules={[{ required: true, message: t('transfer.chooseQueue') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={targets.isPending}
            placeholder={t('transfer.chooseQueue')}
            options={queues.map((queue: TransferTargetQueue) => ({ value: queue.id, label: queue.name }))}
          />
        </Form.Item>
        {to === 'agent' && (
          <Form.Item
            name="agentId"
            label={t('transfer.agent')}
            rules={[{ required: true, message: t('transfer.chooseAgent') }]}
            extra={queueId !== undefined && agents.length === 0 ? t('transfer.noAgents') : undefined}
          >
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('transfer.chooseAgent')}
              options={agents.map((agent) => ({
                value: agent.userId,
                label: t('transfer.agentLoad', {
                  name: agent.displayName,
                  active: agent.activeCount,
                  max: agent.maxConcurrent,
                }),
                disabled: agent.activeCount >= agent.maxConcurrent,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('transfer.note')} extra={t('transfer.noteHint')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
