import { useEffect, useState } from 'react';
import type { Account } from '../../../api/accounts';
import { ApiError } from '../../../api/client';
import { getAccountRouting, setAccountRouting, type Navigation } from '../../../api/navigations';
import type { Queue } from '../../../api/queues';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';

type Mode = 'queue' | 'navigation';

/** Per account: every visitor to one queue, or through one navigation (公众号配置 · 菜单配置). */
export function AccountRoutingForm({
  account,
  queues,
  navigations,
}: {
  account: Account;
  queues: Queue[];
  navigations: Navigation[];
}) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('queue');
  const [target, setTarget] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    getAccountRouting(account.id)
      .then((routing) => {
        setMode(routing.navigationId != null ? 'navigation' : 'queue');
        setTarget(routing.navigationId ?? routing.queueId ?? null);
      })
      .catch((caught) => {
        if (!(caught instanceof ApiError && caught.status === 404)) setFailure(caught);
      });
  }, [account.id]);

  async function save() {
    setBusy(true);
    setFailure(null);
    setSaved(false);
    try {
      await setAccountRouting(
        account.id,
        mode === 'queue' ? target : null,
        mode === 'navigation' ? target : null,
      );
      setSaved(true);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  const options = mode === 'queue' ? queues : navigations;
  return (
    <div className="list-row routing-row">
      <strong>{account.name}</strong>
      <label className="check">
        <input
          type="radio"
          checked={mode === 'queue'}
          onChange={() => {
            setMode('queue');
            setTarget(null);
          }}
        />{' '}
        {t('ac.nav.oneQueue')}
      </label>
      <label className="check">
        <input
          type="radio"
          checked={mode === 'navigation'}
          onChange={() => {
            setMode('navigation');
            setTarget(null);
          }}
        />{' '}
        {t('ac.nav.throughNavigation')}
      </label>
      <select
        aria-label={t('ac.nav.target')}
        value={target ?? ''}
        onChange={(event) => setTarget(event.target.value === '' ? null : Number(event.target.value))}
      >
        <option value="">{t('ac.nav.chooseTarget')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <BusyButton
        busy={busy}
        disabled={target === null}
        label={t('ac.common.save')}
        busyLabel={t('ac.common.saving')}
        onClick={() => void save()}
      />
      <Alert message={failure ? errorText(failure, t) : null} />
      <Alert tone="success" message={saved ? t('ac.common.saved') : null} />
    </div>
  );
}
