import type { EntryDraft } from '../../../api/navigations';
import type { Queue } from '../../../api/queues';
import { useT } from '../../../i18n/I18nProvider';
import { MAX_ENTRIES, emptyEntry } from './navigationValidation';

interface Props {
  path: string;
  entries: EntryDraft[];
  queues: Queue[];
  errors: Record<string, string>;
  depth: number;
  onChange: (entries: EntryDraft[]) => void;
}

/** One menu level; an entry leads to a queue or, above the last level, to a sub-menu edited in place. */
export function EntriesEditor({ path, entries, queues, errors, depth, onChange }: Props) {
  const t = useT();
  const change = (index: number, entry: EntryDraft) =>
    onChange(entries.map((e, i) => (i === index ? entry : e)));
  const nextNumber = Math.max(0, ...entries.map((entry) => entry.number)) + 1;
  return (
    <div className="entries" id={path}>
      {entries.map((entry, index) => {
        const at = `${path}[${index}]`;
        const toMenu = entry.queueId === null && entry.entries.length > 0;
        return (
          <div key={index} className="entry card">
            <div className="list-row">
              <input
                aria-label={t('ac.nav.number')}
                type="number"
                min={1}
                max={9}
                className="narrow"
                value={entry.number}
                onChange={(event) => change(index, { ...entry, number: Number(event.target.value) })}
              />
              <input
                aria-label={t('ac.nav.label')}
                placeholder={t('ac.nav.label')}
                value={entry.label}
                onChange={(event) => change(index, { ...entry, label: event.target.value })}
              />
              <select
                aria-label={t('ac.nav.target')}
                value={toMenu ? 'menu' : (entry.queueId ?? '')}
                onChange={(event) => {
                  const value = event.target.value;
                  if (value === 'menu') change(index, { ...entry, queueId: null, entries: [emptyEntry(1)] });
                  else change(index, { ...entry, queueId: value === '' ? null : Number(value), entries: [] });
                }}
              >
                <option value="">{t('ac.nav.chooseTarget')}</option>
                {queues.map((queue) => (
                  <option key={queue.id} value={queue.id}>
                    {queue.name}
                  </option>
                ))}
                {depth > 0 && <option value="menu">{t('ac.nav.subMenu')}</option>}
              </select>
              <button type="button" onClick={() => onChange(entries.filter((_, i) => i !== index))}>
                {t('ac.common.remove')}
              </button>
            </div>
            {[`${at}.number`, `${at}.label`, at, `${at}.queueId`].map((key) =>
              errors[key] ? (
                <p key={key} className="field-error">
                  {errors[key]}
                </p>
              ) : null,
            )}
            {toMenu && (
              <>
                <input
                  aria-label={t('ac.nav.prompt')}
                  placeholder={t('ac.nav.prompt')}
                  value={entry.prompt ?? ''}
                  onChange={(event) => change(index, { ...entry, prompt: event.target.value || null })}
                />
                <EntriesEditor
                  path={`${at}.entries`}
                  entries={entry.entries}
                  queues={queues}
                  errors={errors}
                  depth={depth - 1}
                  onChange={(children) => change(index, { ...entry, entries: children })}
                />
              </>
            )}
          </div>
        );
      })}
      {errors[path] && <p className="field-error">{errors[path]}</p>}
      <button
        type="button"
        disabled={entries.length >= MAX_ENTRIES}
        onClick={() => onChange([...entries, emptyEntry(nextNumber)])}
      >
        {t('ac.nav.addEntry')}
      </button>
    </div>
  );
}
