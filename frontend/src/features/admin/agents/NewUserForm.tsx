import { Button, Form, Input, Select } from 'antd';
import { createUser, type NewUser } from '../../../api/agents';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { ruleOf, useFormSubmit } from '../useFormSubmit';
import { validateNewUser } from './agentValidation';

const EMPTY: NewUser = { username: '', displayName: '', password: '', role: 'AGENT' };

export function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  const [form] = Form.useForm<NewUser>();
  const { busy, failure, submit } = useFormSubmit(form);

  async function create(user: NewUser) {
    if (
      await submit(async () => void (await createUser({ ...user, displayName: user.displayName.trim() })))
    ) {
      form.resetFields();
      onCreated();
    }
  }

  return (
    <Form<NewUser>
      form={form}
      name="user"
      layout="inline"
      className="card inline-form"
      initialValues={EMPTY}
      scrollToFirstError
      onFinish={(user) => void create(user)}
    >
      <h2>{t('ac.agents.create')}</h2>
      <Form.Item
        name="username"
        label={t('ac.agents.username')}
        rules={[ruleOf(validateNewUser, 'username', t)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('ac.agents.displayName')}
        rules={[ruleOf(validateNewUser, 'displayName', t)]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('ac.agents.password')}
        extra={t('ac.agents.passwordHint')}
        rules={[ruleOf(validateNewUser, 'password', t)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="role" label={t('ac.agents.role')}>
        <Select
          style={{ minWidth: 120 }}
          options={[
            { value: 'AGENT', label: t('ac.agents.role.AGENT') },
            { value: 'SUPERVISOR', label: t('ac.agents.role.SUPERVISOR') },
            { value: 'ADMIN', label: t('ac.agents.role.ADMIN') },
          ]}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {busy ? t('ac.common.saving') : t('ac.agents.create')}
        </Button>
      </Form.Item>
      <Alert message={failure ? errorText(failure, t) : null} />
    </Form>
  );
}
