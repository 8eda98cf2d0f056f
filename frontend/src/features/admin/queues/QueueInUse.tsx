import { Alert } from 'antd';
import { ApiError } from '../../../api/client';
import { useT } from '../../../i18n/I18nProvider';

/** The names the server's queue.inUse refusal carries: a comma-separated list, empty when none. */
function names(value: unknown): string[] {
  return typeof value === 'string' && value !== '' ? value.split(', ') : [];
}

/** Whether the error is the server refusing to delete a queue that something still uses. */
export function isQueueInUse(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'queue.inUse';
}

/** What still uses a queue the admin tried to delete, so they know what to change first. */
export function QueueInUse({ queueName, refusal }: { queueName: string; refusal: ApiError }) {
  const t = useT();
  const visitors = Number(refusal.params.visitors ?? 0);
  const navigations = names(refusal.params.navigations);
  const accounts = names(refusal.params.accounts);
  return (
    <Alert
      type="warning"
      showIcon
      message={t('ac.queues.inUse.title', { name: queueName })}
      description={
        <ul data-testid="queue-users">
          {navigations.length > 0 && (
            <li>{t('ac.queues.inUse.navigations', { names: navigations.join('、') })}</li>
          )}
          {accounts.length > 0 && <li>{t('ac.queues.inUse.accounts', { names: accounts.join('、') })}</li>}
          {visitors > 0 && <li>{t('ac.queues.inUse.visitors', { count: visitors })}</li>}
        </ul>
      }
    />
  );
}
