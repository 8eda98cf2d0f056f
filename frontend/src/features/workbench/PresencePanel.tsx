import { Alert, Button, Form, InputNumber, Radio } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { updatePresence, type Presence, type PresenceStatus } from '../../api/workbench';
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
  const limitError = invalid ? t('presence.limitInvalid') : serverLimitError;

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

  function saveLimit() {
    const parsed = parseLimit(limit);
    setInvalid(parsed === null);
    if (parsed !== null) void save(presence.status, parsed, 'limit');
  }

  return (
    <div className="presence">
      <div data-testid="presence-status" data-status={presence.status}>
        <Radio.Group
          className="presence-status"
          optionType="button"
          buttonStyle="solid"
          aria-label={t('presence.label')}
          value={presence.status}
          disabled={busy !== null}
          onChange={(event) =>
            void save(event.target.value as PresenceStatus, presence.maxConcurrent, event.target.value)
          }
        >
          {STATUSES.map((status) => (
            <Radio.Button key={status} value={status} className={`presence-${status.toLowerCase()}`}>
              {t(`presence.${status}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </div>
      {failure !== null && !serverLimitError && (
        <Alert className="presence-alert" type="error" showIcon message={errorText(failure, t)} />
      )}
      <Form className="presence-limit" layout="inline" onFinish={saveLimit}>
        <Form.Item
          label={t('presence.limit')}
          htmlFor="presence-limit"
          validateStatus={limitError ? 'error' : undefined}
          help={limitError}
        >
          <InputNumber
            id="presence-limit"
            stringMode
            inputMode="numeric"
            aria-invalid={limitError ? true : undefined}
            value={limit}
            onChange={(value) => {
              setLimit(value ?? '');
              setInvalid(false);
            }}
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={busy === 'limit'} disabled={busy !== null && busy !== 'limit'}>
            {busy === 'limit' ? t('presence.saving') : t('presence.save')}
          </Button>
        </Form.Item>
      </Form>
      <p className="small muted">
        {t('presence.active', { active: presence.activeCount, max: presence.maxConcurrent })}
      </p>
    </div>
  );
}
