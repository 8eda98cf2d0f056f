import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Table } from 'antd';
import { useState } from 'react';
import { createQueue, deleteQueue, listQueues, updateQueue, type Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { QueueForm } from './QueueForm';
import { isQueueInUse, QueueInUse } from './QueueInUse';

const QUEUES = ['admin', 'queues'];

/** 消息受理队列: name, assignment strategy and, for skill-first, the skill. */
export function QueuesPage() {
  const t = useT();
  const { modal } = App.useApp();
  const cache = useQueryClient();
  const [editing, setEditing] = useState<number | null>(null);
  const queues = useQuery({ queryKey: QUEUES, queryFn: listQueues });
  const refresh = () => cache.invalidateQueries({ queryKey: QUEUES });
  const removal = useMutation({
    mutationFn: (queue: Queue) => deleteQueue(queue.id),
    onSuccess: refresh,
  });

  function confirmRemoval(queue: Queue) {
    modal.confirm({
      title: t('ac.queues.confirmDelete', { name: queue.name }),
      okText: t('ac.common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => removal.mutate(queue),
    });
  }

  const refusedQueue = removal.variables;
  const failure = queues.error ?? (isQueueInUse(removal.error) ? null : removal.error);
  return (
    <section>
      <h1>{t('ac.queues.title')}</h1>
      <Alert message={failure ? errorText(failure, t) : null} />
      {isQueueInUse(removal.error) && refusedQueue && (
        <QueueInUse queueName={refusedQueue.name} refusal={removal.error} />
      )}
      <Table<Queue>
        rowKey="id"
        loading={queues.isFetching}
        dataSource={queues.data ?? []}
        pagination={false}
        locale={{ emptyText: t('ac.queues.empty') }}
        columns={[
          {
            title: t('ac.queues.name'),
            dataIndex: 'name',
            sorter: (a, b) => a.name.localeCompare(b.name),
            render: (name: string, queue) =>
              editing === queue.id ? (
                <>
                  <QueueForm
                    idPrefix={`queue-${queue.id}`}
                    initial={queue}
                    submitLabel={t('ac.common.save')}
                    onSubmit={async (change) => {
                      await updateQueue(queue.id, change);
                      setEditing(null);
                      await refresh();
                    }}
                  />
                  <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
                </>
              ) : (
                name
              ),
          },
          {
            title: t('ac.queues.strategy'),
            dataIndex: 'strategy',
            render: (strategy: Queue['strategy']) => t(`ac.queues.strategy.${strategy}` as MessageKey),
          },
          {
            title: t('ac.queues.requiredSkill'),
            dataIndex: 'requiredSkill',
            render: (skill) => skill ?? '—',
          },
          {
            title: t('ac.queues.waiting'),
            dataIndex: 'waiting',
            sorter: (a, b) => a.waiting - b.waiting,
          },
          {
            title: t('ac.common.actions'),
            key: 'actions',
            render: (_, queue) => (
              <Space>
                <Button onClick={() => setEditing(queue.id)}>{t('ac.common.edit')}</Button>
                <Button danger onClick={() => confirmRemoval(queue)}>
                  {t('ac.common.delete')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <div className="card">
        <h2>{t('ac.queues.create')}</h2>
        <QueueForm
          key={queues.data?.length}
          idPrefix="queue-new"
          initial={{ name: '', strategy: 'ROUND_ROBIN', requiredSkill: null }}
          submitLabel={t('ac.queues.create')}
          onSubmit={async (change) => {
            await createQueue(change);
            await refresh();
          }}
        />
      </div>
    </section>
  );
}
