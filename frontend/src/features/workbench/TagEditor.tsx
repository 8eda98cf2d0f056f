import { useEffect, useId, useState, type FormEvent } from 'react';
import { fetchFanTags, fetchTagCatalogue, retryTagSync, saveFanTags, type FanTags } from '../../api/fans';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../i18n/errorText';
import { addTag, suggestions } from './tagRules';

const SYNC_POLL_MS = 2000;

interface Props {
  fanId: number;
  accountId: number;
  value: FanTags;
  onChange: (tags: FanTags) => void;
}

/** The fan's tags: remove one, add one from the account's catalogue or a new name. Saved at once. */
export function TagEditor({ fanId, accountId, value, onChange }: Props) {
  const { t } = useI18n();
  const listId = useId();
  const [catalogue, setCatalogue] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    fetchTagCatalogue(accountId)
      .then((tags) => current && setCatalogue(tags.map((tag) => tag.name)))
      .catch(() => current && setCatalogue([]));
    return () => {
      current = false;
    };
  }, [accountId]);

  // WeChat follows in the background: look again until the sync settles.
  useEffect(() => {
    if (value.sync.status !== 'PENDING') return undefined;
    const timer = window.setTimeout(() => {
      fetchFanTags(fanId)
        .then(onChange)
        .catch(() => undefined);
    }, SYNC_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [fanId, value, onChange]);

  async function save(tags: string[]) {
    setSaving(true);
    setError(null);
    try {
      const saved = await saveFanTags(fanId, tags);
      onChange(saved);
      setCatalogue((names) => [...new Set([...names, ...saved.tags])]);
      return true;
    } catch (e) {
      setError(errorText(e, t));
      return false;
    } finally {
      setSaving(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = addTag(value.tags, typed);
    if ('error' in result) {
      setError(t(`tags.error.${result.error}`));
      return;
    }
    if (await save(result.tags)) setTyped('');
  }

  async function retry() {
    try {
      onChange(await retryTagSync(fanId));
    } catch (e) {
      setError(errorText(e, t));
    }
  }

  return (
    <div className="tag-editor">
      {value.tags.length === 0 ? (
        <p className="muted small">{t('tags.none')}</p>
      ) : (
        <ul className="tag-list" aria-label={t('tags.title')}>
          {value.tags.map((name) => (
            <li key={name} className="tag-chip">
              {name}
              <button
                type="button"
                className="link"
                aria-label={t('tags.remove', { name })}
                disabled={saving}
                onClick={() => void save(value.tags.filter((tag) => tag !== name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tag-add" onSubmit={(event) => void add(event)}>
        <input
          list={listId}
          value={typed}
          placeholder={t('tags.placeholder')}
          aria-label={t('tags.placeholder')}
          onChange={(event) => setTyped(event.target.value)}
        />
        <datalist id={listId}>
          {suggestions(catalogue, value.tags, typed).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="submit" disabled={saving}>
          {saving ? t('tags.saving') : t('tags.add')}
        </button>
      </form>
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
      <SyncLine sync={value.sync} onRetry={() => void retry()} />
    </div>
  );
}

function SyncLine({ sync, onRetry }: { sync: FanTags['sync']; onRetry: () => void }) {
  const { t } = useI18n();
  if (sync.status === 'SYNCED') return null;
  if (sync.status === 'FAILED') {
    return (
      <p className="error-text small" role="status">
        {t('tags.sync.FAILED')}
        {sync.lastError ? `: ${sync.lastError}` : ''}{' '}
        <button type="button" className="link" onClick={onRetry}>
          {t('tags.sync.retry')}
        </button>
      </p>
    );
  }
  return (
    <p className="muted small" role="status">
      {sync.lastError ? t('tags.sync.retrying', { error: sync.lastError }) : t('tags.sync.PENDING')}
    </p>
  );
}
