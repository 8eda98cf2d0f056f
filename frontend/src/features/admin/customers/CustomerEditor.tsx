import { useEffect, useState } from 'react';
import type { AgentProfile } from '../../../api/agents';
import { ApiError } from '../../../api/client';
import { getCustomer, saveCustomer, type CustomerProfile } from '../../../api/customers';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';

/** 所属座席, VIP and 指定客户 of one fan; a designated customer needs an owner, as on the server. */
export function CustomerEditor({
  fanId,
  agents,
  onDone,
}: {
  fanId: number;
  agents: AgentProfile[];
  onDone: () => void;
}) {
  const t = useT();
  const [profile, setProfile] = useState<CustomerProfile | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    getCustomer(fanId).then(setProfile).catch(setFailure);
  }, [fanId]);

  if (!profile) return <Alert message={failure ? errorText(failure, t) : null} />;
  const designatedError =
    profile.designated && profile.ownerAgentId == null ? t('ac.customers.designatedNeedsOwner') : null;
  const serverFields = failure instanceof ApiError ? failure.fields : {};

  async function save() {
    if (!profile || designatedError) return;
    setBusy(true);
    setFailure(null);
    try {
      await saveCustomer(profile);
      onDone();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="inline-form">
      <div className="field">
        <label htmlFor={`customer-${fanId}-owner`}>{t('ac.customers.owner')}</label>
        <select
          id={`customer-${fanId}-owner`}
          value={profile.ownerAgentId ?? ''}
          onChange={(event) =>
            setProfile({
              ...profile,
              ownerAgentId: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t('ac.customers.noOwner')}</option>
          {agents.map((agent) => (
            <option key={agent.userId} value={agent.userId}>
              {agent.displayName} ({agent.username})
            </option>
          ))}
        </select>
        {serverFields.ownerAgentId && <p className="field-error">{serverFields.ownerAgentId}</p>}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={profile.vip}
          onChange={(event) => setProfile({ ...profile, vip: event.target.checked })}
        />{' '}
        {t('ac.customers.vip')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={profile.designated}
          onChange={(event) => setProfile({ ...profile, designated: event.target.checked })}
        />{' '}
        {t('ac.customers.designated')}
      </label>
      {(designatedError ?? serverFields.designated) && (
        <p className="field-error">{designatedError ?? serverFields.designated}</p>
      )}
      <Alert message={failure && Object.keys(serverFields).length === 0 ? errorText(failure, t) : null} />
      <BusyButton
        className="primary"
        busy={busy}
        disabled={designatedError !== null}
        label={t('ac.common.save')}
        busyLabel={t('ac.common.saving')}
        onClick={() => void save()}
      />
    </div>
  );
}
