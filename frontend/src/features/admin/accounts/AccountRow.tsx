import { useState } from 'react';
import {
  removePreviousEncodingAesKey,
  setH5Authorization,
  type Account,
  type H5Authorization,
} from '../../../api/accounts';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { CopyField } from '../../../components/CopyField';
import { errorText } from '../../../i18n/errorText';
import { useI18n } from '../../../i18n/I18nProvider';
import { DomainVerificationField } from './DomainVerificationField';
import { H5AuthorizationSelect } from './H5AuthorizationSelect';
import { RotateKeyForm } from './RotateKeyForm';
import { useConfirm } from '../useConfirm';

const COLUMNS = 6;

interface AccountRowProps {
  account: Account;
  onChange: (account: Account) => void;
}

export function AccountRow({ account, onChange }: AccountRowProps) {
  const { t, lang } = useI18n();
  const confirm = useConfirm();
  const [rotating, setRotating] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [changingH5, setChangingH5] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { status } = account;

  function time(iso: string | null) {
    if (!iso) return <span className="muted">{t('accounts.never')}</span>;
    const formatted = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' }).format(
      new Date(iso),
    );
    return <time dateTime={iso}>{formatted}</time>;
  }

  async function removePrevious() {
    if (!(await confirm(t('keys.removeConfirm'), { danger: true }))) return;
    setRemoving(true);
    setFailure(null);
    try {
      onChange(await removePreviousEncodingAesKey(account.id));
    } catch (error) {
      setFailure(error);
    } finally {
      setRemoving(false);
    }
  }

  async function changeH5Authorization(mode: H5Authorization) {
    setChangingH5(true);
    setFailure(null);
    try {
      onChange(await setH5Authorization(account.id, mode));
    } catch (error) {
      setFailure(error);
    } finally {
      setChangingH5(false);
    }
  }

  return (
    <>
      <tr>
        <td>
          <strong>{account.name}</strong>
          <div className="mono small">{account.originalId}</div>
          <div className="mono small">{account.appId}</div>
          <div className="small">
            {t('accounts.pushUrl')}: <code>{account.pushUrl}</code>
          </div>
          <CopyField id={`h5-url-${account.id}`} label={t('accounts.h5ChatUrl')} value={account.h5ChatUrl} />
          <H5AuthorizationSelect
            id={`h5-authorization-${account.id}`}
            value={account.h5Authorization}
            disabled={changingH5}
            onChange={(mode) => void changeH5Authorization(mode)}
          />
          {account.h5Authorization !== 'NONE' && <DomainVerificationField accountId={account.id} />}
        </td>
        <td>{time(status.handshakeAt ?? null)}</td>
        <td>{time(status.lastMessageAt ?? null)}</td>
        <td>{time(status.tokenOkAt ?? null)}</td>
        <td className={status.lastError ? 'error-text' : 'muted'}>
          {status.lastError ?? t('accounts.noError')}
        </td>
        <td>
          <div className="row-actions">
            <button type="button" onClick={() => setRotating(true)} disabled={rotating}>
              {t('keys.rotate')}
            </button>
            {account.previousEncodingAesKeySet && (
              <>
                <span className="badge">{t('keys.previousActive')}</span>
                <BusyButton
                  busy={removing}
                  label={t('keys.removePrevious')}
                  busyLabel={t('keys.removing')}
                  onClick={removePrevious}
                />
              </>
            )}
            <Alert message={failure ? errorText(failure, t) : null} />
          </div>
        </td>
      </tr>
      {rotating && (
        <tr className="detail">
          <td colSpan={COLUMNS}>
            <RotateKeyForm
              account={account}
              onCancel={() => setRotating(false)}
              onRotated={(updated) => {
                setRotating(false);
                onChange(updated);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
