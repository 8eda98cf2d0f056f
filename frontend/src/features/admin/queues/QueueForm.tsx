import { useState, type FormEvent } from 'react';
import { QUEUE_STRATEGIES, type QueueChange, type QueueStrategy } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { useCheckedSubmit } from '../useCheckedSubmit';
import { validateQueue } from './queueValidation';

interface Props {
  idPrefix: string;
  initial: QueueChange;
  submitLabel: string;
  onSubmit: (queue: QueueChange) => Promise<void>;
}

export function QueueForm({ idPrefix, initial, submitLabel, onSubmit }: Props) {
  const t = useT();
  const [queue, setQueue] = useState(initial);
  const problems = validateQueue(queue);
  const {
    formRef,
    attempted,
    serverErrors,
    busy,
    failure,
    submit: checkedSubmit,
  } = useCheckedSubmit(problems);

  const error = (field: keyof QueueChange) =>
    serverErrors[field] ?? (attempted && problems[field] ? t(problems[field], { max: 64 }) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await checkedSubmit(() =>
      onSubmit({ ...queue, name: queue.name.trim(), requiredSkill: queue.requiredSkill?.trim() || null }),
    );
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        id={`${idPrefix}-name`}
        label={t('ac.queues.name')}
        value={queue.name}
        error={error('name')}
        onChange={(event) => setQueue({ ...queue, name: event.target.value })}
      />
      <div className="field">
        <label htmlFor={`${idPrefix}-strategy`}>{t('ac.queues.strategy')}</label>
        <select
          id={`${idPrefix}-strategy`}
          value={queue.strategy}
          onChange={(event) => setQueue({ ...queue, strategy: event.target.value as QueueStrategy })}
        >
          {QUEUE_STRATEGIES.map((strategy) => (
            <option key={strategy} value={strategy}>
              {t(`ac.queues.strategy.${strategy}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <Field
        id={`${idPrefix}-skill`}
        label={t('ac.queues.requiredSkill')}
        value={queue.requiredSkill ?? ''}
        error={error('requiredSkill')}
        onChange={(event) => setQueue({ ...queue, requiredSkill: event.target.value })}
      />
      <Alert message={failure ? errorText(failure, t) : null} />
      <BusyButton
        type="submit"
        className="primary"
        busy={busy}
        label={submitLabel}
        busyLabel={t('ac.common.saving')}
      />
    </form>
  );
}
