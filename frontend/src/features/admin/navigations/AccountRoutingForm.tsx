import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, InputNumber, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { Account } from '../../../api/accounts';
import { setAccountRouting, type AccountRouting, type Navigation } from '../../../api/navigations';
import type { Queue } from '../../../api/queues';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { showServerErrors } from '../serverFieldErrors';
import { routingKey, useAccountRouting } from './useAccountRouting';
import { WINDOW_UNITS, inRange, minutesOf, windowOf, type WindowValue } from './familiarWindow';

type Mode = 'queue' | 'navigation';

interface RoutingForm {
  mode: Mode;
  target?: number;
  window: WindowValue;
}

function formOf(routing: AccountRouting | null): RoutingForm {
  return {
    mode: routing?.navigationId != null ? 'navigation' : 'queue',
    target: routing?.navigationId ?? routing?.queueId ?? undefined,
    window: windowOf(routing?.familiarWindowMinutes),
  };
}

/**
 * Per account: every visitor to one queue, or through one navigation (公众号配置 · 菜单配置), and how long
 * the agent who last served a visitor is preferred for them (熟客优先's 设置时间).
 */
export function AccountRoutingForm({
  account,
  queues,
  navigations,
}: {
  account: Account;
  queues: Queue[];
  navigations: Navigation[];
}) {
  const t = useT();
  const cache = useQueryClient();
  const [form] = Form.useForm<RoutingForm>();
  const mode = Form.useWatch('mode', form) ?? 'queue';
  const routing = useAccountRouting(account.id);
  const [refusal, setRefusal] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: ({ mode: chosen, target, window }: RoutingForm) =>
      setAccountRouting(account.id, {
        queueId: chosen === 'queue' ? (target ?? null) : null,
        navigationId: chosen === 'navigation' ? (target ?? null) : null,
        familiarWindowMinutes: minutesOf(window),
      }),
    onMutate: () => setRefusal(null),
    onSuccess: (saved) => cache.setQueryData(routingKey(account.id), saved),
    onError: (error) =>
      setRefusal(
        showServerErrors(form, error, (path) =>
          path === 'familiarWindowMinutes' ? ['window', 'amount'] : ['target'],
        ),
      ),
  });

  useEffect(() => {
    if (routing.isSuccess) form.setFieldsValue(formOf(routing.data));
  }, [form, routing.isSuccess, routing.data]);

  const failure = refusal ?? routing.error;
  const options = (mode === 'queue' ? queues : navigations).map((option) => ({
    value: option.id,
    label: option.name,
  }));
  return (
    <Form<RoutingForm>
      form={form}
      name={`routing-${account.id}`}
      layout="vertical"
      className="card"
      initialValues={formOf(null)}
      scrollToFirstError
      onFinish={(values) => save.mutate(values)}
      onValuesChange={(changed: Partial<RoutingForm>) => {
        if ('mode' in changed) form.setFieldValue('target', undefined);
        save.reset();
        setRefusal(null);
      }}
    >
      <h3>{account.name}</h3>
      <Form.Item name="mode">
        <Radio.Group
          options={[
            { value: 'queue', label: t('ac.nav.oneQueue') },
            { value: 'navigation', label: t('ac.nav.throughNavigation') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="target"
        label={t('ac.nav.target')}
        rules={[{ required: true, message: t('ac.nav.chooseTarget') }]}
      >
        <Select
          aria-label={t('ac.nav.target')}
          showSearch
          optionFilterProp="label"
          placeholder={t('ac.nav.chooseTarget')}
          options={options}
        />
      </Form.Item>
      <Form.Item label={t('ac.nav.familiarWindow')} extra={t('ac.nav.familiarWindowHint')} required={false}>
        <Space.Compact>
          <Form.Item
            name={['window', 'amount']}
            noStyle
            dependencies={[['window', 'unit']]}
            rules={[
              {
                validator: () =>
                  inRange(minutesOf(form.getFieldValue('window') as WindowValue))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('ac.nav.familiarWindowRange'))),
              },
            ]}
          >
            <InputNumber
              aria-label={t('ac.nav.familiarWindow')}
              min={1}
              precision={0}
              placeholder={t('ac.nav.familiarWindowDefault')}
            />
          </Form.Item>
          <Form.Item name={['window', 'unit']} noStyle>
            <Select
              aria-label={t('ac.nav.familiarWindowUnit')}
              style={{ width: 100 }}
              options={WINDOW_UNITS.map((unit) => ({ value: unit, label: t(`ac.nav.unit.${unit}`) }))}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      {failure ? <Alert type="error" showIcon message={errorText(failure, t)} /> : null}
      {save.isSuccess && <Alert type="success" showIcon message={t('ac.common.saved')} />}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('ac.common.save')}
      </Button>
    </Form>
  );
}
