import { useCallback, useEffect, useState } from 'react';
import { createQueue, deleteQueue, listQueues, updateQueue, type Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { QueueForm } from './QueueForm';

/** 消息受理队列: name, assignment strategy and, for skill-first, the skill. */
export function QueuesPage() {
  const t = useT();
  const [queues, setQueues] = useState<Queue[] | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const refresh = useCallback(() => {
    listQueues().then(setQueues).catch(setFailure);
  }, []);
  useEffect(refresh, [refresh]);

  async function remove(queue: Queue) {
    if (!window.confirm(t('ac.queues.confirmDelete', { name: queue.name }))) return;
    try {
      await deleteQueue(queue.id);
      setFailure(null);
      refresh();
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section>
      <h1>{t('ac.queues.title')}</h1>
      <Alert message={failure ? errorText(failure, t) : null} />
      {queues && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('ac.queues.name')}</th>
                <th>{t('ac.queues.strategy')}</th>
                <th>{t('ac.queues.requiredSkill')}</th>
                <th>{t('ac.queues.waiting')}</th>
                <th>{t('ac.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {queues.map((queue) =>
                editing === queue.id ? (
                  <tr key={queue.id}>
                    <td colSpan={5}>
                      <QueueForm
                        idPrefix={`queue-${queue.id}`}
                        initial={queue}
                        submitLabel={t('ac.common.save')}
                        onSubmit={async (change) => {
                          await updateQueue(queue.id, change);
                          setEditing(null);
                          refresh();
                        }}
                      />
                      <button type="button" onClick={() => setEditing(null)}>
                        {t('common.cancel')}
                      </button>
                    </td>
                  </tr>
                ) : (
                  <tr key={queue.id}>
                    <td>{queue.name}</td>
                    <td>{t(`ac.queues.strategy.${queue.strategy}` as MessageKey)}</td>
                    <td>{queue.requiredSkill ?? '—'}</td>
                    <td>{queue.waiting}</td>
                    <td>
                      <button type="button" onClick={() => setEditing(queue.id)}>
                        {t('ac.common.edit')}
                      </button>{' '}
                      <button type="button" onClick={() => void remove(queue)}>
                        {t('ac.common.delete')}
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <div className="card">
        <h2>{t('ac.queues.create')}</h2>
        <QueueForm
          key={queues?.length}
          idPrefix="queue-new"
          initial={{ name: '', strategy: 'ROUND_ROBIN', requiredSkill: null }}
          submitLabel={t('ac.queues.create')}
          onSubmit={async (change) => {
            await createQueue(change);
            refresh();
          }}
        />
      </div>
    </section>
  );
}
