import { useState, type FormEvent } from 'react';
import { generateSecrets, rotateEncodingAesKey, type Account } from '../../../api/accounts';
import { ApiError } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { validateField } from './validation';

interface RotateKeyFormProps {
  account: Account;
  onRotated: (account: Account) => void;
  onCancel: () => void;
}

export function RotateKeyForm({ account, onRotated, onCancel }: RotateKeyFormProps) {
  const t = useT();
  const [key, setKey] = useState('');
  const [clientError, setClientError] = useState<MessageKey | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<'generate' | 'save' | null>(null);

  const serverError = failure instanceof ApiError ? failure.fields.encodingAesKey : undefined;

  async function generate() {
    setBusy('generate');
    setFailure(null);
    try {
      setKey((await generateSecrets()).encodingAesKey);
      setClientError(null);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const error = validateField('encodingAesKey', key);
    setClientError(error);
    if (error) return;
    setBusy('save');
    setFailure(null);
    try {
      onRotated(await rotateEncodingAesKey(account.id, key));
    } catch (failed) {
      setFailure(failed);
      setBusy(null);
    }
  }

  return (
    <form className="rotate" onSubmit={save} noValidate>
      <Alert message={failure && !serverError ? errorText(failure, t) : null} />
      <Field
        id={`rotate-key-${account.id}`}
        label={t('keys.newKey')}
        className="mono"
        autoComplete="off"
        spellCheck={false}
        value={key}
        hint={t('keys.rotateHint')}
        error={clientError ? t(clientError) : serverError}
        onChange={(event) => {
          const value = event.target.value.replace(/\s/g, '');
          setKey(value);
          if (clientError) setClientError(validateField('encodingAesKey', value));
        }}
        action={
          <BusyButton
            busy={busy === 'generate'}
            disabled={busy !== null}
            label={t('common.generate')}
            busyLabel={t('common.generating')}
            onClick={generate}
          />
        }
      />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <BusyButton
          type="submit"
          className="primary"
          busy={busy === 'save'}
          disabled={busy !== null}
          label={t('keys.save')}
          busyLabel={t('keys.saving')}
        />
      </div>
    </form>
  );
}
