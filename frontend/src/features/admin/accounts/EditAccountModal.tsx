import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal } from 'antd';
import { editAccount, type Account } from '../../../api/accounts';
import { ApiError } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { showServerErrors } from './serverErrors';
import { accountRule, withoutSpaces } from './validation';

interface EditAccountModalProps {
  account: Account;
  onSaved: (account: Account) => void;
  onCancel: () => void;
}

interface EditValues {
  name: string;
  appSecret?: string;
  token?: string;
}

/**
 * 编辑公众号: the name, and the AppSecret and Token when they change. Secrets are write-only: the fields
 * start empty, and empty keeps the stored value.
 */
export function EditAccountModal({ account, onSaved, onCancel }: EditAccountModalProps) {
  const t = useT();
  const [form] = Form.useForm<EditValues>();
  const save = useMutation({
    mutationFn: (values: EditValues) =>
      editAccount(account.id, {
        name: values.name.trim(),
        appSecret: values.appSecret || undefined,
        token: values.token || undefined,
      }),
    onSuccess: onSaved,
    onError: (error) => showServerErrors(form, error),
  });
  const failure =
    save.error instanceof ApiError && Object.keys(save.error.fields).length > 0 ? null : save.error;

  return (
    <Modal
      open
      title={t('accounts.editTitle')}
      okText={t('ac.common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onCancel}
    >
      <Form
        form={form}
        name={`edit-account-${account.id}`}
        layout="vertical"
        scrollToFirstError
        initialValues={{ name: account.name }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="name"
          label={t('field.name')}
          extra={t('field.nameHint')}
          rules={[accountRule('name', t)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="appSecret"
          label={t('accounts.newAppSecret')}
          extra={t('accounts.appSecretHint')}
          normalize={withoutSpaces}
          rules={[accountRule('appSecret', t, true)]}
        >
          <Input.Password className="mono" autoComplete="new-password" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="token"
          label={t('accounts.newToken')}
          extra={t('accounts.tokenHint')}
          normalize={withoutSpaces}
          rules={[accountRule('token', t, true)]}
        >
          <Input className="mono" autoComplete="off" spellCheck={false} />
        </Form.Item>
      </Form>
      <Alert message={failure ? errorText(failure, t) : null} />
    </Modal>
  );
}
