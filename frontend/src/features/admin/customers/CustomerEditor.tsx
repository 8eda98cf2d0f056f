import { Button, Form, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { AgentProfile } from '../../../api/agents';
import { getCustomer, saveCustomer, type CustomerProfile } from '../../../api/customers';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { useFormSubmit } from '../useFormSubmit';

type CustomerValues = Pick<CustomerProfile, 'ownerAgentId' | 'vip' | 'designated'>;

/** 所属座席, VIP and 指定客户 of one fan; a designated customer needs an owner, as on the server. */
export function CustomerEditor({
  fanId,
  agents,
  onDone,
}: {
  fanId: number;
  agents: AgentProfile[];
  onDone: () => void;
}) {
  const t = useT();
  const [profile, setProfile] = useState<CustomerProfile | null>(null);
  const [loadFailure, setLoadFailure] = useState<unknown>(null);

  useEffect(() => {
    getCustomer(fanId).then(setProfile).catch(setLoadFailure);
  }, [fanId]);

  if (!profile) return <Alert message={loadFailure ? errorText(loadFailure, t) : null} />;
  return <CustomerForm profile={profile} agents={agents} onDone={onDone} />;
}

function CustomerForm({
  profile,
  agents,
  onDone,
}: {
  profile: CustomerProfile;
  agents: AgentProfile[];
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CustomerValues>();
  const { busy, failure, submit } = useFormSubmit(form);
  const owner = Form.useWatch('ownerAgentId', form);
  const designated = Form.useWatch('designated', form);
  const needsOwner = designated === true && owner == null;

  async function save(values: CustomerValues) {
    if (
      await submit(
        async () =>
          void (await saveCustomer({ ...profile, ...values, ownerAgentId: values.ownerAgentId ?? null })),
      )
    )
      onDone();
  }

  return (
    <Form<CustomerValues>
      form={form}
      name={`customer-${profile.fanId}`}
      layout="inline"
      className="inline-form"
      initialValues={{
        ownerAgentId: profile.ownerAgentId ?? undefined,
        vip: profile.vip,
        designated: profile.designated,
      }}
      scrollToFirstError
      onFinish={(values) => void save(values)}
    >
      <Form.Item name="ownerAgentId" label={t('ac.customers.owner')}>
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('ac.customers.noOwner')}
          options={agents.map((agent) => ({
            value: agent.userId,
            label: `${agent.displayName} (${agent.username})`,
          }))}
        />
      </Form.Item>
      <Form.Item name="vip" label={t('ac.customers.vip')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="designated"
        label={t('ac.customers.designated')}
        valuePropName="checked"
        dependencies={['ownerAgentId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: boolean) =>
              value && getFieldValue('ownerAgentId') == null
                ? Promise.reject(new Error(t('ac.customers.designatedNeedsOwner')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Switch />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={needsOwner}>
          {busy ? t('ac.common.saving') : t('ac.common.save')}
        </Button>
      </Form.Item>
      <Alert message={failure ? errorText(failure, t) : null} />
    </Form>
  );
}
