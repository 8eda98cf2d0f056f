import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Space } from 'antd';
import { generateSecrets, rotateEncodingAesKey, type Account } from '../../../api/accounts';
import { ApiError } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { showServerErrors } from './serverErrors';
import { accountRule, withoutSpaces } from './validation';

interface RotateKeyModalProps {
  account: Account;
  onRotated: (account: Account) => void;
  onCancel: () => void;
}

/** A new EncodingAESKey; the previous one keeps decrypting until the admin removes it. */
export function RotateKeyModal({ account, onRotated, onCancel }: RotateKeyModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ encodingAesKey: string }>();
  const rotate = useMutation({
    mutationFn: (key: string) => rotateEncodingAesKey(account.id, key),
    onSuccess: onRotated,
    onError: (error) => showServerErrors(form, error),
  });
  const generate = useMutation({
    mutationFn: generateSecrets,
    onSuccess: (secrets) => {
      form.setFieldsValue({ encodingAesKey: secrets.encodingAesKey });
      void form.validateFields(['encodingAesKey']);
    },
  });
  const failure = generate.error ?? (rotate.error instanceof ApiError ? null : rotate.error);

  return (
    <Modal
      open
      title={`${t('keys.rotate')} · ${account.name}`}
      okText={t('keys.save')}
      cancelText={t('common.cancel')}
      confirmLoading={rotate.isPending}
      onOk={() => form.submit()}
      onCancel={onCancel}
    >
      <Form
        form={form}
        name={`rotate-${account.id}`}
        layout="vertical"
        scrollToFirstError
        onFinish={(values) => rotate.mutate(values.encodingAesKey)}
      >
        <Form.Item label={t('keys.newKey')} extra={t('keys.rotateHint')}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="encodingAesKey"
              noStyle
              normalize={withoutSpaces}
              rules={[accountRule('encodingAesKey', t)]}
            >
              <Input
                id={`rotate-key-${account.id}`}
                aria-label={t('keys.newKey')}
                className="mono"
                autoComplete="off"
                spellCheck={false}
              />
            </Form.Item>
            <Button loading={generate.isPending} onClick={() => generate.mutate()}>
              {t('common.generate')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      <Alert message={failure ? errorText(failure, t) : null} />
    </Modal>
  );
}
