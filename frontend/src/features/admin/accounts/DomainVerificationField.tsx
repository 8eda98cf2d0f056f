import { useEffect, useState, type ChangeEvent } from 'react';
import {
  getDomainVerification,
  removeDomainVerification,
  saveDomainVerification,
  type DomainVerificationFile,
} from '../../../api/accounts';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useI18n } from '../../../i18n/I18nProvider';
import { useConfirm } from '../useConfirm';

interface DomainVerificationFieldProps {
  accountId: number;
}

/**
 * WeChat's 网页授权域名 setting hands the admin a file (MP_verify_….txt) that must be found at the domain's
 * root. The admin uploads it here as downloaded; the desk serves it, and the field shows which one it serves.
 */
export function DomainVerificationField({ accountId }: DomainVerificationFieldProps) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const [current, setCurrent] = useState<DomainVerificationFile | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    getDomainVerification(accountId).then(setCurrent, setFailure);
  }, [accountId]);

  async function run(action: () => Promise<DomainVerificationFile | null>) {
    setBusy(true);
    setFailure(null);
    try {
      setCurrent(await action());
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, e.g. after a refusal, still fires a change.
    event.target.value = '';
    if (!file) return;
    void run(async () =>
      saveDomainVerification(accountId, { fileName: file.name, content: (await file.text()).trim() }),
    );
  }

  async function remove() {
    if (!(await confirm(t('accounts.domainFile.removeConfirm'), { danger: true }))) return;
    void run(async () => {
      await removeDomainVerification(accountId);
      return null;
    });
  }

  const inputId = `domain-file-${accountId}`;
  return (
    <div className="small domain-file">
      <label htmlFor={inputId}>{t('accounts.domainFile.label')}</label>{' '}
      {current ? (
        <>
          <a
            href={`/${current.fileName}`}
            target="_blank"
            rel="noreferrer"
            className="mono"
            data-testid={`${inputId}-current`}
          >
            {current.fileName}
          </a>{' '}
          <button type="button" onClick={remove} disabled={busy}>
            {t('accounts.domainFile.remove')}
          </button>
        </>
      ) : (
        <span className="muted">{t('accounts.domainFile.none')}</span>
      )}{' '}
      <input
        id={inputId}
        type="file"
        accept=".txt,text/plain"
        disabled={busy}
        onChange={upload}
        data-testid={inputId}
      />
      <div className="muted">{t('accounts.domainFile.hint')}</div>
      <Alert message={failure ? errorText(failure, t) : null} />
    </div>
  );
}
