import { useState, type FormEvent } from 'react';
import {
  createNavigation,
  updateNavigation,
  type Navigation,
  type NavigationDraft,
} from '../../../api/navigations';
import type { Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { useCheckedSubmit } from '../useCheckedSubmit';
import { EntriesEditor } from './EntriesEditor';
import { draftOf } from './navigationDraft';
import { emptyEntry, validateNavigation } from './navigationValidation';

/** Menus go two levels deep: main entries and their sub-menus. */
const MENU_DEPTH = 1;

interface Props {
  queues: Queue[];
  /** The navigation to edit; without it the form creates a new one. */
  editing?: Navigation;
  onSaved: () => void;
}

export function NavigationForm({ queues, editing, onSaved }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<NavigationDraft>(() =>
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
  const problems = validateNavigation(draft);
  const {
    formRef,
    attempted,
    serverErrors,
    busy,
    failure,
    submit: checkedSubmit,
  } = useCheckedSubmit(problems);
  const errors: Record<string, string> = attempted
    ? Object.fromEntries(Object.entries(problems).map(([path, key]) => [path, t(key)]))
    : {};
  Object.assign(errors, serverErrors);
  const idPrefix = editing ? `nav-${editing.id}` : 'nav';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const save = editing ? () => updateNavigation(editing.id, draft) : () => createNavigation(draft);
    if (await checkedSubmit(async () => void (await save()))) onSaved();
  }

  return (
    <form ref={formRef} className="card inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{editing ? t('ac.nav.edit') : t('ac.nav.create')}</h2>
      {editing && <p className="muted">{t('ac.nav.editNote')}</p>}
      <Field
        id={`${idPrefix}-name`}
        label={t('ac.nav.name')}
        value={draft.name}
        error={errors.name}
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
      />
      <div className="field">
        <label htmlFor={`${idPrefix}-greeting`}>{t('ac.nav.greeting')}</label>
        <textarea
          id={`${idPrefix}-greeting`}
          value={draft.greeting}
          onChange={(event) => setDraft({ ...draft, greeting: event.target.value })}
        />
        {errors.greeting && <p className="field-error">{errors.greeting}</p>}
      </div>
      <Field
        id={`${idPrefix}-maxInvalid`}
        label={t('ac.nav.maxInvalidAnswers')}
        type="number"
        min={1}
        max={10}
        value={draft.maxInvalidAnswers}
        error={errors.maxInvalidAnswers}
        onChange={(event) => setDraft({ ...draft, maxInvalidAnswers: Number(event.target.value) })}
      />
      <div className="field">
        <label htmlFor={`${idPrefix}-defaultQueue`}>{t('ac.nav.defaultQueue')}</label>
        <select
          id={`${idPrefix}-defaultQueue`}
          value={draft.defaultQueueId ?? ''}
          onChange={(event) =>
            setDraft({
              ...draft,
              defaultQueueId: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t('ac.nav.chooseTarget')}</option>
          {queues.map((queue) => (
            <option key={queue.id} value={queue.id}>
              {queue.name}
            </option>
          ))}
        </select>
        {errors.defaultQueueId && <p className="field-error">{errors.defaultQueueId}</p>}
      </div>
      <EntriesEditor
        path="entries"
        entries={draft.entries}
        queues={queues}
        errors={errors}
        depth={MENU_DEPTH}
        onChange={(entries) => setDraft({ ...draft, entries })}
      />
      <Alert message={failure ? errorText(failure, t) : null} />
      <BusyButton
        type="submit"
        className="primary"
        busy={busy}
        label={editing ? t('ac.common.save') : t('ac.nav.create')}
        busyLabel={t('ac.common.saving')}
      />
    </form>
  );
}
