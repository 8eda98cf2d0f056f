import { useState } from 'react';
import { removePreviousEncodingAesKey, type Account } from '../../../api/accounts';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { errorText } from '../../../i18n/errorText';
import { useI18n } from '../../../i18n/I18nProvider';
import { RotateKeyForm } from './RotateKeyForm';

const COLUMNS = 6;

interface AccountRowProps {
  account: Account;
  onChange: (account: Account) => void;
}

export function AccountRow({ account, onChange }: AccountRowProps) {
  const { t, lang } = useI18n();
  const [rotating, setRotating] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { status } = account;

  function time(iso: string | null) {
    if (!iso) return <span className="muted">{t('accounts.never')}</span>;
    const formatted = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
    return <time dateTime={iso}>{formatted}</time>;
  }

  async function removePrevious() {
    if (!window.confirm(t('keys.removeConfirm'))) return;
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
        </td>
        <td>{time(status.handshakeAt)}</td>
        <td>{time(status.lastMessageAt)}</td>
        <td>{time(status.tokenOkAt)}</td>
        <td className={status.lastError ? 'error-text' : 'muted'}>{status.lastError ?? t('accounts.noError')}</td>
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
