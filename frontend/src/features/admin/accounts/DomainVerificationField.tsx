import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { UploadOutlined } from '@ant-design/icons';
import { Button, Space, Upload } from 'antd';
import {
  getDomainVerification,
  removeDomainVerification,
  saveDomainVerification,
  type DomainVerificationFile,
} from '../../../api/accounts';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { useConfirm } from '../useConfirm';

interface DomainVerificationFieldProps {
  accountId: number;
}

/**
 * WeChat's 网页授权域名 setting hands the admin a file (MP_verify_….txt) that must be found at the domain's
 * root. The admin uploads it here as downloaded; the desk serves it, and the field shows which one it serves.
 */
export function DomainVerificationField({ accountId }: DomainVerificationFieldProps) {
  const t = useT();
  const confirm = useConfirm();
  const cache = useQueryClient();
  const key = ['admin', 'accounts', accountId, 'domain-verification'];
  const current = useQuery({ queryKey: key, queryFn: () => getDomainVerification(accountId) });
  // The server answers with the file it now serves: that answer is the new state.
  const settle = (file: DomainVerificationFile | null) => cache.setQueryData(key, file);
  const save = useMutation({
    mutationFn: async (file: File) =>
      saveDomainVerification(accountId, { fileName: file.name, content: (await file.text()).trim() }),
    onSuccess: settle,
  });
  const remove = useMutation({
    mutationFn: () => removeDomainVerification(accountId),
    onSuccess: () => settle(null),
  });
  const busy = save.isPending || remove.isPending;
  const failure = current.error ?? save.error ?? remove.error;

  async function removeFile() {
    if (await confirm(t('accounts.domainFile.removeConfirm'), { danger: true })) remove.mutate();
  }

  const inputId = `domain-file-${accountId}`;
  const file = current.data;
  return (
    <div className="small domain-file">
      <label htmlFor={inputId}>{t('accounts.domainFile.label')}</label>{' '}
      <Space wrap size="small">
        {file ? (
          <>
            <a
              href={`/${file.fileName}`}
              target="_blank"
              rel="noreferrer"
              className="mono"
              data-testid={`${inputId}-current`}
            >
              {file.fileName}
            </a>
            <Button size="small" onClick={() => void removeFile()} disabled={busy}>
              {t('accounts.domainFile.remove')}
            </Button>
          </>
        ) : (
          <span className="muted">{t('accounts.domainFile.none')}</span>
        )}
        <Upload
          id={inputId}
          data-testid={inputId}
          accept=".txt,text/plain"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(chosen) => {
            save.mutate(chosen);
            // The desk sends the file's text itself: nothing for Upload to post.
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={save.isPending}>
            {t('accounts.domainFile.upload')}
          </Button>
        </Upload>
      </Space>
      <div className="muted">{t('accounts.domainFile.hint')}</div>
      <Alert message={failure ? errorText(failure, t) : null} />
    </div>
  );
}
