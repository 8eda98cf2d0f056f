import { Button, Form, Input } from 'antd';
import { resetPassword, type DeskUser } from '../../../api/agents';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { useFormSubmit } from '../useFormSubmit';
import { isValidPassword } from './agentValidation';

/** A new password for a user who forgot theirs or locked themselves out. */
export function PasswordResetForm({ user, onDone }: { user: DeskUser; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ password: string }>();
  const { busy, failure, submit } = useFormSubmit(form);

  return (
    <Form<{ password: string }>
      form={form}
      name={`agent-${user.id}-reset`}
      layout="inline"
      className="inline-form"
      initialValues={{ password: '' }}
      scrollToFirstError
      onFinish={({ password }) =>
        void submit(() => resetPassword(user.id, password)).then((done) => done && onDone())
      }
    >
      <Form.Item
        name="password"
        label={t('ac.agents.newPassword')}
        extra={t('ac.agents.newPasswordHint')}
        rules={[
          {
            validator: (_, password: string) =>
              isValidPassword(password)
                ? Promise.resolve()
                : Promise.reject(new Error(t('ac.agents.passwordInvalid'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {busy ? t('ac.common.saving') : t('ac.agents.resetPassword')}
        </Button>
      </Form.Item>
      <Alert message={failure ? errorText(failure, t) : null} />
    </Form>
  );
}
