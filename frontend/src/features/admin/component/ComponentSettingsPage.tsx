import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { loadComponent, saveComponent, type ComponentRequest } from '../../../api/component';
import { Alert } from '../../../components/Alert';
import { CopyField } from '../../../components/CopyField';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { showServerErrors } from '../accounts/serverErrors';
import { useDateTime } from '../dateTime';

const COMPONENT = ['admin', 'component'];

type Values = Required<ComponentRequest>;

/**
 * 第三方平台: the platform's own credentials (secrets saved encrypted and never shown again) and the two
 * URLs to paste into WeChat's Open Platform, with whether its verify ticket has arrived.
 */
export function ComponentSettingsPage() {
  const t = useT();
  const dateTime = useDateTime();
  const cache = useQueryClient();
  const [form] = Form.useForm<Values>();
  const component = useQuery({ queryKey: COMPONENT, queryFn: loadComponent });
  const save = useMutation({
    mutationFn: saveComponent,
    onSuccess: (saved) => {
      cache.setQueryData(COMPONENT, saved);
      form.setFieldValue('appSecret', '');
    },
    onError: (error) => showServerErrors(form, error),
  });

  const current = component.data;
  useEffect(() => {
    if (current?.appId) form.setFieldsValue({ appId: current.appId });
  }, [current?.appId, form]);

  const failure = component.error ?? save.error;
  const credential = { autoComplete: 'off', spellCheck: false, className: 'mono' } as const;

  return (
    <section className="admin-config">
      <h2>{t('component.title')}</h2>
      <p className="hint">{t('component.intro')}</p>
      <Alert message={failure ? errorText(failure, t) : null} />
      {save.isSuccess && <Alert tone="success" message={t('component.saved')} />}
      {current && (
        <>
          <CopyField id="component-event-url" label={t('component.eventUrl')} value={current.eventUrl} />
          <CopyField
            id="component-message-url"
            label={t('component.messageUrl')}
            value={current.messageUrl}
          />
          <p className="hint" aria-live="polite">
            {current.ticketReceivedAt
              ? t('component.ticketAt', { at: dateTime(current.ticketReceivedAt) })
              : t('component.noTicket')}
          </p>
        </>
      )}
      <Form<Values> form={form} name="component" layout="vertical" onFinish={(values) => save.mutate(values)}>
        <Form.Item name="appId" label={t('component.appId')}>
          <Input placeholder="wx…" {...credential} />
        </Form.Item>
        <Form.Item
          name="appSecret"
          label={t('component.appSecret')}
          extra={current?.appSecretSet ? t('component.appSecretKeep') : undefined}
        >
          <Input.Password {...credential} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="token" label={t('component.token')}>
          <Input {...credential} />
        </Form.Item>
        <Form.Item name="encodingAesKey" label={t('component.encodingAesKey')}>
          <Input {...credential} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('component.save')}
        </Button>
      </Form>
    </section>
  );
}
