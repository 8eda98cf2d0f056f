import { useEffect, useState, type FormEvent } from 'react';
import { transferConversation } from '../../api/conversations';
import { listQueues, type Queue } from '../../api/workbench';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';

interface TransferDialogProps {
  conversationId: number;
  onTransferred: (queue: Queue) => void;
  onClose: () => void;
}

export function TransferDialog({ conversationId, onTransferred, onClose }: TransferDialogProps) {
  const t = useT();
  const [queues, setQueues] = useState<Queue[] | null>(null);
  const [queueId, setQueueId] = useState('');
  const [note, setNote] = useState('');
  const [missingQueue, setMissingQueue] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    listQueues().then(setQueues, setFailure);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissingQueue(queueId === '');
    if (queueId === '') return;
    setBusy(true);
    setFailure(null);
    try {
      await transferConversation(conversationId, Number(queueId), note.trim());
      const target = queues?.find((queue) => queue.id === Number(queueId));
      if (target) onTransferred(target);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <div className="overlay">
      <form
        className="card dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="transfer-title"
        onSubmit={submit}
        noValidate
      >
        <div className="dialog-head">
          <h2 id="transfer-title">{t('transfer.title')}</h2>
          <button type="button" className="link" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
        <Alert message={failure ? errorText(failure, t) : null} />
        {queues === null && !failure && <p className="muted">{t('common.loading')}</p>}
        {queues?.length === 0 && <p className="muted">{t('transfer.noQueues')}</p>}
        {queues && queues.length > 0 && (
          <div className="field">
            <label htmlFor="transfer-queue">{t('transfer.queue')}</label>
            <select
              id="transfer-queue"
              value={queueId}
              aria-invalid={missingQueue || undefined}
              onChange={(event) => {
                setQueueId(event.target.value);
                setMissingQueue(false);
              }}
            >
              <option value="">{t('transfer.chooseQueue')}</option>
              {queues.map((queue) => (
                <option key={queue.id} value={queue.id}>
                  {queue.name}
                </option>
              ))}
            </select>
            {missingQueue && <p className="field-error">{t('transfer.chooseQueue')}</p>}
          </div>
        )}
        <div className="field">
          <label htmlFor="transfer-note">{t('transfer.note')}</label>
          <textarea
            id="transfer-note"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <p className="hint">{t('transfer.noteHint')}</p>
        </div>
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <BusyButton
            type="submit"
            className="primary"
            busy={busy}
            disabled={!queues?.length}
            label={t('transfer.submit')}
            busyLabel={t('transfer.submitting')}
          />
        </div>
      </form>
    </div>
  );
}
