import { Space, Tag } from 'antd';
import type { Authorizer } from '../../../api/component';
import { useT } from '../../../i18n/I18nProvider';

/** WeChat's service_type_info: 0 and 1 are subscription accounts, 2 a service account. */
const SERVICE_ACCOUNT = 2;

/** An account bound by QR code as WeChat describes it: picture, kind, verification and grants. */
export function AuthorizerSummary({ name, authorizer }: { name: string; authorizer: Authorizer }) {
  const t = useT();
  return (
    <div className="authorizer small">
      <Space wrap size="small">
        {authorizer.headImg && (
          <img src={authorizer.headImg} alt={t('accounts.avatar', { name })} width={32} height={32} />
        )}
        <Tag>
          {t(
            authorizer.serviceType === SERVICE_ACCOUNT
              ? 'accounts.serviceType.service'
              : 'accounts.serviceType.subscription',
          )}
        </Tag>
        {authorizer.verifyType >= 0 && <Tag color="blue">{t('accounts.verified')}</Tag>}
        <span>{t('accounts.grants', { ids: authorizer.funcIds.join(', ') })}</span>
      </Space>
      {!authorizer.messagesGranted && <p className="notice">{t('accounts.webOnly')}</p>}
    </div>
  );
}
