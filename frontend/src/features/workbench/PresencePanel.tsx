import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { updatePresence, type Presence, type PresenceStatus } from '../../api/workbench';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';

const STATUSES: PresenceStatus[] = ['ONLINE', 'BUSY', 'OFFLINE'];
const MIN_CONCURRENT = 1;
const MAX_CONCURRENT = 50;

/** The limit as a number when it is a whole number within the server's range, otherwise null. */
export function parseLimit(value: string): number | null {
  if (!/^\d+$/.test(value.trim())) return null;
  const limit = Number(value);
  return limit >= MIN_CONCURRENT && limit <= MAX_CONCURRENT ? limit : null;
}

interface PresencePanelProps {
  presence: Presence;
  onChange: (presence: Presence) => void;
}

export function PresencePanel({ presence, onChange }: PresencePanelProps) {
  const t = useT();
  const [limit, setLimit] = useState(String(presence.maxConcurrent));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState<PresenceStatus | 'limit' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const serverLimitError = failure instanceof ApiError ? failure.fields.maxConcurrent : undefined;

  async function save(status: PresenceStatus, maxConcurrent: number, what: PresenceStatus | 'limit') {
    setBusy(what);
    setFailure(null);
    try {
      const saved = await updatePresence(status, maxConcurrent);
      onChange(saved);
      setLimit(String(saved.maxConcurrent));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  function saveLimit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseLimit(limit);
    setInvalid(parsed === null);
    if (parsed !== null) void save(presence.status, parsed, 'limit');
  }

  return (
    <div className="presence">
      <div
        className="presence-status"
        role="group"
        aria-label={t('presence.label')}
        data-testid="presence-status"
      >
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`presence-${status.toLowerCase()}`}
            aria-pressed={presence.status === status}
            disabled={busy !== null}
            onClick={() => void save(status, presence.maxConcurrent, status)}
          >
            {t(`presence.${status}`)}
          </button>
        ))}
      </div>
      <Alert message={failure && !serverLimitError ? errorText(failure, t) : null} />
      <form className="presence-limit" onSubmit={saveLimit} noValidate>
        <Field
          id="presence-limit"
          label={t('presence.limit')}
          type="number"
          inputMode="numeric"
          min={MIN_CONCURRENT}
          max={MAX_CONCURRENT}
          value={limit}
          error={invalid ? t('presence.limitInvalid') : serverLimitError}
          onChange={(event) => {
            setLimit(event.target.value);
            setInvalid(false);
          }}
          action={
            <BusyButton
              type="submit"
              busy={busy === 'limit'}
              disabled={busy !== null}
              label={t('presence.save')}
              busyLabel={t('presence.saving')}
            />
          }
        />
      </form>
      <p className="small muted">
        {t('presence.active', { active: presence.activeCount, max: presence.maxConcurrent })}
      </p>
    </div>
  );
}
