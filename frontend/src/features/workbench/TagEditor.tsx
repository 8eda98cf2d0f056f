import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, Space, Tag } from 'antd';
import { useState, type FormEvent } from 'react';
import { fetchTagCatalogue, retryTagSync, saveFanTags, type FanTags } from '../../api/fans';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../i18n/errorText';
import { addTag, suggestions } from './tagRules';
import { workbenchKeys } from './workbenchQueries';

interface Props {
  fanId: number;
  accountId: number;
  value: FanTags;
  onChange: (tags: FanTags) => void;
}

/** The fan's tags: remove one, add one from the account's catalogue or a new name. Saved at once. */
export function TagEditor({ fanId, accountId, value, onChange }: Props) {
  const { t } = useI18n();
  const client = useQueryClient();
  const catalogue = useQuery({
    queryKey: workbenchKeys.tagCatalogue(accountId),
    queryFn: async () => (await fetchTagCatalogue(accountId)).map((tag) => tag.name),
  });
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(tags: string[]) {
    if (saving) return false;
    setSaving(true);
    setError(null);
    try {
      onChange(await saveFanTags(fanId, tags));
      // A new name joined the account's catalogue.
      void client.invalidateQueries({ queryKey: workbenchKeys.tagCatalogue(accountId) });
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
            <li key={name}>
              <Tag
                closable
                closeIcon={
                  <span role="button" aria-label={t('tags.remove', { name })}>
                    ×
                  </span>
                }
                onClose={(event) => {
                  // The tag goes when the server has taken the new set.
                  event.preventDefault();
                  void save(value.tags.filter((tag) => tag !== name));
                }}
              >
                {name}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      <form className="tag-add" onSubmit={(event) => void add(event)}>
        <Space.Compact block>
          <AutoComplete
            className="tag-input"
            value={typed}
            options={suggestions(catalogue.data ?? [], value.tags, typed).map((name) => ({ value: name }))}
            placeholder={t('tags.placeholder')}
            aria-label={t('tags.placeholder')}
            onChange={setTyped}
          />
          <Button htmlType="submit" loading={saving}>
            {saving ? t('tags.saving') : t('tags.add')}
          </Button>
        </Space.Compact>
      </form>
      {error && <Alert className="tag-error" type="error" showIcon message={error} />}
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
        <Button type="link" size="small" onClick={onRetry}>
          {t('tags.sync.retry')}
        </Button>
      </p>
    );
  }
  return (
    <p className="muted small" role="status">
      {sync.lastError ? t('tags.sync.retrying', { error: sync.lastError }) : t('tags.sync.PENDING')}
    </p>
  );
}
